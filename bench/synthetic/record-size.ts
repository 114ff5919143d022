// How big the synthetic record is at a given number of claims, in the proportions issue 6 sets at 100,000:
// 20,000 links, 10,000 sources, 2,000 entities with 3 aliases each, 200 topics, 70% of claims approved.

export type RecordSize = { claims: number; links: number; sources: number; entities: number; topics: number; editors: number; reviewers: number };

export function recordSize(claims: number): RecordSize {
  const share = (divisor: number, min: number) => Math.max(min, Math.round(claims / divisor));
  return {
    claims,
    links: share(5, 1),
    sources: share(10, 2),
    entities: share(50, 3),
    topics: share(500, 2),
    editors: Math.min(200, share(4_000, 3)),
    reviewers: Math.min(60, share(12_000, 2)),
  };
}

export const aliasesPerEntity = 3;
