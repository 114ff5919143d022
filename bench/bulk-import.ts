import pg from 'pg';
import { claimPlan, day, recordEnd, versionContent, type VersionContent } from './synthetic/claim-plan';
import { copyRows, type Cell } from './synthetic/copy-rows';
import { entityId, sourceId, topicId } from './synthetic/generate-record';
import { idTag, uuidv7 } from './synthetic/ids';
import type { RecordSize } from './synthetic/record-size';

// Bulk import: new claims with their citations and topics, first through the write path as a newsroom's import
// script would send them (POST /api/v1/claims with a personal token, `connections` requests in flight), then the
// same rows with COPY in one transaction, the ceiling no write path can beat.

export type ImportRate = { seconds: number; claimsPerSecond: number; rowsPerSecond: number };
export type BulkImportResult = { claims: number; rows: number; writePath: ImportRate & { statuses: Record<string, number> }; copy: ImportRate; ratio: number };

type ImportedClaim = { content: VersionContent; input: Record<string, unknown> };

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Claims numbered after the record's own, in the record's proportions, as the write API takes them. */
function importedClaims(size: RecordSize, count: number): ImportedClaim[] {
  return Array.from({ length: count }, (_, offset) => {
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
  const rate = (seconds: number): ImportRate => ({ seconds, claimsPerSecond: claims.length / seconds, rowsPerSecond: rows / seconds });

  const statuses: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (next < claims.length) {
        const { input } = claims[next++];
        const response = await fetch(`${options.baseUrl}/api/v1/claims`, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  const writePath = { ...rate((performance.now() - started) / 1000), statuses };
  const copy = rate(await copyImport(options.databaseUrl, options.editorId, claims));
  return { claims: claims.length, rows, writePath, copy, ratio: writePath.rowsPerSecond / copy.rowsPerSecond };
}

/** The same claims as COPY writes them, in the order the triggers accept; returns the seconds it took. */
async function copyImport(databaseUrl: string, editorId: string, claims: ImportedClaim[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
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
  } finally {
    await client.end();
  }
}
