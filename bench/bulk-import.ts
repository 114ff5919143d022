import { withClient } from '@/lib/database/with-client';
import { claimPlan, day, recordEnd, versionContent, type VersionContent } from './synthetic/claim-plan';
import { copyRows, type Cell } from './synthetic/copy-rows';
import { entityId, sourceId, topicId } from './synthetic/generate-record';
import { idTag, uuidv7 } from './synthetic/ids';
import type { RecordSize } from './synthetic/record-size';

// Bulk import: new claims with their citations and topics, first through the write path as a newsroom's import
// script would send them (POST /api/v1/claims/batch with a personal token), then the same rows with COPY in one
// transaction, the ceiling no write path can beat. A smaller sample of other claims also goes one claim per
// request (POST /api/v1/claims, `connections` requests in flight), the way a script without the batch route
// would send them, so the report shows what batching gains.

/** An import script sends the batch route's largest batches, two at a time: one is validated and parsed by the
 *  server while Postgres writes the other, and the server's one Node process is never left idle between them.
 *  Smaller batches with more in flight pay the per-request cost more often: 100 a request, 4 in flight, went at
 *  less than half this rate at 20,000 claims (on a busy machine, so roughly). */
export const claimsPerRequest = 500;
export const requestsInFlight = 2;
/** The one-claim-per-request sample: enough requests for a steady rate, a tenth of the default import. */
export const singleSample = 1_000;

export type ImportRate = { seconds: number; claimsPerSecond: number; rowsPerSecond: number };
export type WritePathRate = ImportRate & { claims: number; rows: number; requests: number; inFlight: number; statuses: Record<string, number>; created: number };
export type BulkImportResult = {
  /** The claims imported by batch and by COPY, and their rows. */
  claims: number;
  rows: number;
  batch: WritePathRate & { claimsPerRequest: number };
  single: WritePathRate;
  copy: ImportRate;
  /** The batch path's rate as a share of COPY's (rows per second): the figure issue 6's target is about. */
  ratio: number;
  singleRatio: number;
};

type ImportedClaim = { content: VersionContent; input: Record<string, unknown> };

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Claims numbered after the record's own (from `first` on), in the record's proportions, as the write API takes them. */
export function importedClaims(size: RecordSize, count: number, first = 0): ImportedClaim[] {
  return Array.from({ length: count }, (_, index) => {
    const offset = first + index;
    // Asserted within the year before the record ends, like the record's newest claims: never in the future.
    const plan = { ...claimPlan(size, size.claims + offset), createdAt: recordEnd - (offset % 365) * day };
    const content = versionContent(size, plan, 1);
    const entity = (index: number | null) => (index === null ? null : entityId(index));
    return {
      content,
      input: {
        statement: content.statement,
        claimantId: entity(content.claimantIndex),
        subjectId: entity(content.subjectIndex),
        relation: content.relation,
        objectId: entity(content.objectIndex),
        polarity: content.polarity,
        claimedAt: isoDay(content.claimedAt),
        validFrom: isoDay(content.validFrom),
        validTo: isoDay(content.validTo),
        credibility: content.credibility,
        credibilityNote: content.credibilityNote,
        topicIds: content.topicIndexes.map(topicId),
        citations: content.citations.map(({ id: _id, position: _position, sourceIndex, ...citation }) => ({ ...citation, sourceId: sourceId(sourceIndex) })),
      },
    };
  });
}

/** Rows one claim writes either way: the claim, its version, its citations and topics, and its audit event. */
const rowsOf = (claims: ImportedClaim[]) => claims.reduce((sum, { content }) => sum + 3 + content.citations.length + content.topicIndexes.length, 0);

export async function measureBulkImport(options: { baseUrl: string; token: string; editorId: string; databaseUrl: string; size: RecordSize; claims: number; connections: number }): Promise<BulkImportResult> {
  const claims = importedClaims(options.size, options.claims);
  const rows = rowsOf(claims);
  const post = (path: string, body: unknown) =>
    fetch(`${options.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  const batches = Array.from({ length: Math.ceil(claims.length / claimsPerRequest) }, (_, index) => claims.slice(index * claimsPerRequest, (index + 1) * claimsPerRequest));
  const batch = await timedRequests(batches, requestsInFlight, async (sent) => {
    const response = await post('/api/v1/claims/batch', { claims: sent.map(({ input }) => input) });
    // A script reads the answer for the new claims' ids, in the order it sent them.
    const answer = (await response.json()) as { claims?: unknown[] };
    return { status: response.status, created: answer.claims?.length ?? 0 };
  });

  // Other claims than the batches', so each path writes claims of its own.
  const sample = importedClaims(options.size, Math.min(singleSample, options.claims), options.claims);
  const single = await timedRequests(
    sample.map((claim) => [claim]),
    options.connections,
    async ([{ input }]) => {
      const response = await post('/api/v1/claims', input);
      await response.arrayBuffer();
      return { status: response.status, created: response.status === 201 ? 1 : 0 };
    },
  );

  const copySeconds = await copyImport(options.databaseUrl, options.editorId, claims);
  const rate = (imported: ImportedClaim[], seconds: number): ImportRate => ({ seconds, claimsPerSecond: imported.length / seconds, rowsPerSecond: rowsOf(imported) / seconds });
  const copy = rate(claims, copySeconds);
  const pathRate = (imported: ImportedClaim[], requests: number, inFlight: number, measured: Awaited<ReturnType<typeof timedRequests>>): WritePathRate => ({
    ...rate(imported, measured.seconds),
    claims: imported.length,
    rows: rowsOf(imported),
    requests,
    inFlight,
    statuses: measured.statuses,
    created: measured.created,
  });
  const batchRate = { ...pathRate(claims, batches.length, requestsInFlight, batch), claimsPerRequest };
  const singleRate = pathRate(sample, sample.length, options.connections, single);
  return { claims: claims.length, rows, batch: batchRate, single: singleRate, copy, ratio: batchRate.rowsPerSecond / copy.rowsPerSecond, singleRatio: singleRate.rowsPerSecond / copy.rowsPerSecond };
}

/** Sends every group of claims, `inFlight` requests at a time; the seconds it took, the statuses and the claims created. */
async function timedRequests(groups: ImportedClaim[][], inFlight: number, send: (group: ImportedClaim[]) => Promise<{ status: number; created: number }>) {
  const statuses: Record<string, number> = {};
  let created = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < groups.length) {
        const answer = await send(groups[next++]);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        created += answer.created;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, statuses, created };
}

/** The same claims as COPY writes them, in the order the triggers accept; returns the seconds it took. */
async function copyImport(databaseUrl: string, editorId: string, claims: ImportedClaim[]) {
  return withClient(databaseUrl, async (client) => {
    const at = new Date(recordEnd);
    const ids = claims.map((_, index) => ({ claim: uuidv7(recordEnd, idTag.importedClaim, index), version: uuidv7(recordEnd, idTag.importedVersion, index) }));
    const started = performance.now();
    await client.query('BEGIN');
    await copyRows(client, 'Claim', ['id', 'authorId', 'updatedAt'], ids.map(({ claim }) => [claim, editorId, at]));
    await copyRows(
      client,
      'ClaimVersion',
      ['id', 'claimId', 'version', 'statement', 'claimantId', 'subjectId', 'relationKey', 'objectId', 'polarity', 'claimedAt', 'validFrom', 'validTo', 'credibility', 'credibilityNote', 'editedById'],
      claims.map(({ input }, index): Cell[] => [
        ids[index].version,
        ids[index].claim,
        1,
        input.statement as string,
        input.claimantId as string | null,
        input.subjectId as string | null,
        input.relation as string | null,
        input.objectId as string | null,
        input.polarity as string | null,
        input.claimedAt as string,
        input.validFrom as string | null,
        input.validTo as string | null,
        input.credibility as number,
        input.credibilityNote as string,
        editorId,
      ]),
    );
    await copyRows(client, 'ClaimVersionTopic', ['claimVersionId', 'topicId'], claims.flatMap(({ content }, index) => content.topicIndexes.map((topic) => [ids[index].version, topicId(topic)])));
    await copyRows(
      client,
      'Citation',
      ['id', 'claimVersionId', 'position', 'sourceId', 'quote', 'originalQuote', 'originalLanguage', 'translator', 'locator', 'attributedTo'],
      claims.flatMap(({ content }, index) =>
        content.citations.map((citation, position) => [
          uuidv7(recordEnd, idTag.importedCitation, index * 4 + position),
          ids[index].version,
          position,
          sourceId(citation.sourceIndex),
          citation.quote,
          citation.originalQuote,
          citation.originalLanguage,
          citation.translator,
          citation.locator,
          citation.attributedTo,
        ]),
      ),
    );
    // A claim can point at its version only once both exist (the pointer trigger checks it), as in the app.
    await client.query(`UPDATE "Claim" c SET "currentVersionId" = v.id FROM "ClaimVersion" v WHERE v."claimId" = c.id AND c.id = ANY($1::uuid[])`, [ids.map(({ claim }) => claim)]);
    await copyRows(client, 'AuditEvent', ['actorId', 'action', 'targetType', 'targetId', 'after'], claims.map(({ input }, index) => [editorId, 'claim.create', 'Claim', ids[index].claim, JSON.stringify(input)]));
    await client.query('COMMIT');
    return (performance.now() - started) / 1000;
  });
}
