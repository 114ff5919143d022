import { withClient } from '@/lib/database/with-client';

// What the measured routes are asked for, drawn from the record so that each request names something that
// exists and is public: many claims, contradictions and topics in turn, not one address a cache would keep.

export type Targets = { claims: string[]; contradictions: string[]; topics: string[]; entities: string[]; sources: string[]; deepCursors: string[] };

/** Up to `sample` of each, in a random order. Public reads are cached per address, so the pools are large enough
 *  that most requests of a run ask for something not asked before. */
export async function pickTargets(databaseUrl: string, sample = 5_000): Promise<Targets> {
  return withClient(databaseUrl, async (client) => {
    // A fixed seed, so two runs on the same record ask for the same things.
    await client.query('SELECT setseed(0.6)');
    const column = async (sql: string) => (await client.query<{ value: string }>(sql)).rows.map((row) => row.value);
    const claims = await column(`SELECT id::text AS value FROM "Claim" WHERE "publishedVersionId" IS NOT NULL ORDER BY random() LIMIT ${sample}`);
    const contradictions = await column(`
      SELECT l.id::text AS value FROM "ClaimLink" l
      JOIN "Claim" a ON a.id = l."claimAId" AND a."publishedVersionId" IS NOT NULL
      JOIN "Claim" b ON b.id = l."claimBId" AND b."publishedVersionId" IS NOT NULL
      WHERE l.kind = 'CONTRADICTS' AND l."publishedVersionId" IS NOT NULL ORDER BY random() LIMIT ${sample}`);
    const topics = await column(`
      SELECT t.slug AS value FROM "Topic" t
      WHERE EXISTS (SELECT 1 FROM "ClaimVersionTopic" vt JOIN "Claim" c ON c."publishedVersionId" = vt."claimVersionId" WHERE vt."topicId" = t.id)
      ORDER BY random()`);
    // The entities and sources a reader can open: those a published version names or cites.
    const entities = await column(`
      SELECT value FROM (
        SELECT DISTINCT e.slug AS value FROM "Claim" c
        JOIN "ClaimVersion" v ON v.id = c."publishedVersionId"
        JOIN "Entity" e ON e.id IN (v."claimantId", v."subjectId", v."objectId")
      ) used ORDER BY random() LIMIT ${sample}`);
    const sources = await column(`
      SELECT value FROM (
        SELECT DISTINCT ci."sourceId"::text AS value FROM "Claim" c JOIN "Citation" ci ON ci."claimVersionId" = c."publishedVersionId"
      ) cited ORDER BY random() LIMIT ${sample}`);
    // From nine tenths of the way through the published claims on: a reader paging far into the API.
    const deep = await column(`
      SELECT value FROM (
        SELECT id::text AS value FROM "Claim" WHERE "publishedVersionId" IS NOT NULL ORDER BY id
        OFFSET (SELECT (count(*) * 0.9)::int FROM "Claim" WHERE "publishedVersionId" IS NOT NULL)
      ) deep ORDER BY random() LIMIT ${sample}`);
    if (!claims.length || !contradictions.length || !topics.length || !entities.length || !sources.length || !deep.length)
      throw new Error('the record has no published claim, contradiction, topic, entity or source to measure');
    return { claims, contradictions, topics, entities, sources, deepCursors: deep.map(cursorAfter) };
  });
}

/** The public API's cursor for "after this claim", as lib/public-api/cursor.ts gives it out (that module is for
 *  the server only). Were the format to change, the API would refuse this one with a 400, and the smoke run in
 *  `npm test`, which expects every route to answer 200, would fail. */
function cursorAfter(id: string) {
  return Buffer.from(JSON.stringify({ after: id })).toString('base64url');
}
