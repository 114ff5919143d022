// After the load: the journal of writes against the database. Each write is looked up by its marker.
import type { Attempt, WriteKind } from './writers';
import type { World } from './world';

/** What the database holds for one marker: the item it belongs to, whether it is whole, and its audit events. */
type Found = { marker: string; targetId: string; version: number; whole: boolean; audits: number };

const lookups: Record<WriteKind, string> = {
  'claim.create': `SELECT v.statement AS marker, c.id::text AS "targetId", v.version,
      c."currentVersionId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Citation" x WHERE x."claimVersionId" = v.id) AS whole,
      (SELECT count(*) FROM "AuditEvent" a WHERE a.action = 'claim.create' AND a."targetId" = c.id::text)::int AS audits
    FROM "ClaimVersion" v JOIN "Claim" c ON c.id = v."claimId" WHERE v.version = 1 AND v.statement = ANY($1)`,
  'claim.update': `SELECT v."credibilityNote" AS marker, v."claimId"::text AS "targetId", v.version,
      EXISTS (SELECT 1 FROM "Citation" x WHERE x."claimVersionId" = v.id) AS whole,
      (SELECT count(*) FROM "AuditEvent" a WHERE a.action = 'claim.update' AND a."targetId" = v."claimId"::text
         AND (a.after->>'version')::int = v.version)::int AS audits
    FROM "ClaimVersion" v WHERE v."credibilityNote" = ANY($1)`,
  'claim.submit': `SELECT a."targetId" || '@' || (a.after->>'version') AS marker, a."targetId", (a.after->>'version')::int AS version,
      true AS whole, 1 AS audits
    FROM "AuditEvent" a WHERE a.action = 'claim.submit' AND a."targetId" || '@' || (a.after->>'version') = ANY($1)`,
  'link.create': `SELECT v.note AS marker, l.id::text AS "targetId", v.version, l."currentVersionId" IS NOT NULL AS whole,
      (SELECT count(*) FROM "AuditEvent" a WHERE a.action = 'link.create' AND a."targetId" = l.id::text)::int AS audits
    FROM "ClaimLinkVersion" v JOIN "ClaimLink" l ON l.id = v."linkId" WHERE v.version = 1 AND v.note = ANY($1)`,
  'link.submit': `SELECT a."targetId" || '@' || (a.after->>'version') AS marker, a."targetId", (a.after->>'version')::int AS version,
      true AS whole, 1 AS audits
    FROM "AuditEvent" a WHERE a.action = 'link.submit' AND a."targetId" || '@' || (a.after->>'version') = ANY($1)`,
  'review.approve': `SELECT r.note AS marker, coalesce(r."claimId", r."linkId")::text AS "targetId", r.version,
      r.decision = 'APPROVE' AS whole,
      (SELECT count(*) FROM "AuditEvent" a WHERE a.action = 'review.approve' AND a.after->'review'->>'id' = r.id::text)::int AS audits
    FROM "Review" r WHERE r.note = ANY($1)`,
};

export type Verdict = {
  acknowledged: number;
  /** Acknowledged writes found exactly once, whole, with one audit event. */
  found: number;
  refused: number;
  /** Refused writes that left nothing. */
  refusedAbsent: number;
  unanswered: number;
  /** Writes without an answer (during the outage) that had committed all the same, whole. */
  unansweredCommitted: number;
  /** Audit events written since the load began, against the writes found. */
  auditEvents: number;
  problems: string[];
};

export async function verify(world: World, journal: Attempt[], auditBefore: number): Promise<Verdict> {
  const verdict: Verdict = { acknowledged: 0, found: 0, refused: 0, refusedAbsent: 0, unanswered: 0, unansweredCommitted: 0, auditEvents: 0, problems: [] };
  const problem = (attempt: Attempt, what: string) => verdict.problems.length < 20 && verdict.problems.push(`${attempt.kind} "${attempt.marker}" (${attempt.status}): ${what}`);
  for (const kind of Object.keys(lookups) as WriteKind[]) {
    const attempts = journal.filter((attempt) => attempt.kind === kind);
    const rows = await world.query<Found>(lookups[kind], [attempts.map((attempt) => attempt.marker)]);
    for (const attempt of attempts) {
      const matches = rows.filter((row) => row.marker === attempt.marker);
      const whole = matches.length === 1 && matches[0].whole && matches[0].audits === 1;
      if (attempt.outcome === 'acknowledged') {
        verdict.acknowledged++;
        if (matches.length === 0) problem(attempt, 'acknowledged but not in the database');
        else if (matches.length > 1) problem(attempt, `acknowledged once, in the database ${matches.length} times`);
        else if (!whole) problem(attempt, `in the database but not whole (audit events: ${matches[0].audits})`);
        else if (attempt.targetId && matches[0].targetId !== attempt.targetId) problem(attempt, 'written to another item than the one acknowledged');
        else if (attempt.version !== undefined && matches[0].version !== attempt.version) problem(attempt, `acknowledged as version ${attempt.version}, stored as ${matches[0].version}`);
        else verdict.found++;
      } else if (attempt.outcome === 'refused') {
        verdict.refused++;
        if (matches.length) problem(attempt, 'refused, yet in the database');
        else verdict.refusedAbsent++;
      } else {
        verdict.unanswered++;
        if (matches.length && !whole) problem(attempt, 'unanswered and only partly written');
        else if (matches.length) verdict.unansweredCommitted++;
      }
      // A write the rules forbid may fail for want of a database, but never be acknowledged or stored.
      if (attempt.mustRefuse && (attempt.outcome === 'acknowledged' || matches.length)) problem(attempt, `must be refused (${attempt.mustRefuse})`);
      if (attempt.mustRefuse && attempt.outcome === 'refused' && attempt.status !== 403) problem(attempt, `refused with ${attempt.status}, not 403`);
    }
  }
  const [{ count }] = await world.query<{ count: number }>(`SELECT count(*)::int AS count FROM "AuditEvent" WHERE id > $1`, [auditBefore]);
  verdict.auditEvents = count;
  if (count !== verdict.found + verdict.unansweredCommitted) {
    verdict.problems.push(`${count} audit events for ${verdict.found + verdict.unansweredCommitted} writes in the database`);
  }
  // Whatever the journal says: no claim or link without its current version, no version of a claim written here
  // without its citation.
  const [broken] = await world.query<{ claims: number; links: number; uncited: number }>(`SELECT
      (SELECT count(*) FROM "Claim" WHERE "currentVersionId" IS NULL)::int AS claims,
      (SELECT count(*) FROM "ClaimLink" WHERE "currentVersionId" IS NULL)::int AS links,
      (SELECT count(*) FROM "ClaimVersion" v WHERE v."claimId" IN (SELECT "claimId" FROM "ClaimVersion" WHERE version = 1 AND statement LIKE 'Load test claim %')
         AND NOT EXISTS (SELECT 1 FROM "Citation" x WHERE x."claimVersionId" = v.id))::int AS uncited`);
  if (broken.claims || broken.links || broken.uncited) verdict.problems.push(`partial records: ${JSON.stringify(broken)}`);
  return verdict;
}
