import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { day, recordEnd, type Decision } from './claim-plan';
import { idTag, uuidv7 } from './ids';
import { seeded } from './random';
import { prose } from './text';

// Links between synthetic claims. Most join two published claims, so that most contradictions can be public;
// one per unordered pair and kind, as the database requires.

const kinds = [
  ['CONTRADICTS', 0.5],
  ['SUPPORTS', 0.25],
  ['QUALIFIES', 0.15],
  ['SUPERSEDES', 0.1],
] as const;
const resolutions = ['UNRESOLVED', 'A_HOLDS', 'B_HOLDS', 'BOTH_PARTLY', 'NEITHER'] as const;

/** The claims a link may join: every claim, and those the public sees and that are not retracted. */
export type LinkableClaims = { all: { id: string; createdAt: number }[]; public: number[] };

export type LinkPlan = ReturnType<typeof linkPlans>[number];

export function linkPlans(count: number, claims: LinkableClaims) {
  const taken = new Set<string>();
  const plans = [];
  for (let index = 0; plans.length < count && index < count * 3; index++) {
    const random = seeded(6, index);
    const kind = (() => {
      let roll = random.next();
      for (const [name, share] of kinds) {
        if (roll < share) return name;
        roll -= share;
      }
      return 'CONTRADICTS' as const;
    })();
    const bothPublic = claims.public.length > 1 && random.chance(0.8);
    const pick = () => (bothPublic ? claims.public[random.skewed(claims.public.length)] : random.int(0, claims.all.length - 1));
    const [a, b] = [pick(), pick()];
    if (a === b) continue;
    const [claimA, claimB] = [claims.all[a], claims.all[b]];
    const [pairLow, pairHigh] = [claimA.id, claimB.id].sort();
    const key = `${pairLow}|${pairHigh}|${kind}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const createdAt = Math.min(recordEnd - day, Math.max(claimA.createdAt, claimB.createdAt) + random.int(1, 10) * day);
    const roll = random.next();
    const status: ReviewStatus = bothPublic ? (roll < 0.8 ? 'APPROVED' : roll < 0.83 ? 'RETRACTED' : roll < 0.93 ? 'IN_REVIEW' : 'DRAFT') : roll < 0.5 ? 'IN_REVIEW' : 'DRAFT';
    const reviewed = createdAt + random.int(1, 5) * 3_600_000;
    const reviews: { decision: Decision; at: number }[] =
      status === 'APPROVED' ? [{ decision: 'APPROVE', at: reviewed }] : status === 'RETRACTED' ? [{ decision: 'APPROVE', at: reviewed }, { decision: 'RETRACT', at: reviewed + 5 * day }] : [];
    const resolution = kind === 'CONTRADICTS' ? random.pick(resolutions) : 'UNRESOLVED';
    plans.push({
      index: plans.length,
      id: uuidv7(createdAt, idTag.link, plans.length),
      versionId: uuidv7(createdAt, idTag.linkVersion, plans.length),
      claimAId: claimA.id,
      claimBId: claimB.id,
      pairLow,
      pairHigh,
      kind,
      status,
      creatorSeed: random.next(),
      note: random.chance(0.6) ? prose(random, 20, 200) : '',
      resolution,
      resolutionNote: resolution === 'UNRESOLVED' ? '' : prose(random, 20, 160),
      createdAt,
      reviews,
      updatedAt: reviews.length ? reviews[reviews.length - 1].at : createdAt,
    });
  }
  return plans;
}
