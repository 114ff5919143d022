import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { idTag, uuidv7 } from './ids';
import { seeded, type Random } from './random';
import type { RecordSize } from './record-size';
import { personName, prose, statement } from './text';

// What happens to each synthetic claim, decided from its number alone, so every table's rows for a claim can be
// generated independently and agree: its versions, which one is published, its reviews and its status.

export const day = 86_400_000;
/** The record spans the three years before this moment, fixed so that runs are comparable. */
export const recordEnd = Date.UTC(2026, 10, 1);
const recordStart = recordEnd - 3 * 365 * day;

type Course = 'approved' | 'approvedTwice' | 'pendingEdit' | 'retracted' | 'inReview' | 'draft' | 'changesRequested' | 'rejected';

// 70% published (the first four), the rest on the desk.
const courses: [Course, number][] = [
  ['approved', 0.55],
  ['approvedTwice', 0.05],
  ['pendingEdit', 0.09],
  ['retracted', 0.01],
  ['inReview', 0.08],
  ['draft', 0.12],
  ['changesRequested', 0.06],
  ['rejected', 0.04],
];

export type Decision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT' | 'RETRACT';
export type PlannedReview = { version: number; decision: Decision; at: number };

export type ClaimPlan = {
  index: number;
  id: string;
  createdAt: number;
  authorIndex: number;
  /** Who edited each version, by editor number; versions[0] is version 1. */
  versions: { id: string; editorIndex: number; createdAt: number }[];
  published: number | null;
  status: ReviewStatus;
  reviews: PlannedReview[];
  updatedAt: number;
};

function courseOf(random: Random): Course {
  let roll = random.next();
  for (const [course, share] of courses) {
    if (roll < share) return course;
    roll -= share;
  }
  return 'draft';
}

export function claimPlan(size: RecordSize, index: number): ClaimPlan {
  const random = seeded(1, index);
  const step = (recordEnd - recordStart - 60 * day) / size.claims;
  const createdAt = recordStart + index * step + random.next() * step * 0.9;
  const course = courseOf(random);
  const authorIndex = random.int(0, size.editors - 1);
  const twoVersions = course === 'approvedTwice' || course === 'pendingEdit';
  const firstReview = createdAt + random.int(1, 4) * day;
  const secondVersionAt = firstReview + random.int(1, 20) * day;
  const versions = [{ id: uuidv7(createdAt, idTag.claimVersion, index * 2), editorIndex: authorIndex, createdAt }];
  if (twoVersions) {
    const editorIndex = random.chance(0.5) ? authorIndex : random.int(0, size.editors - 1);
    versions.push({ id: uuidv7(secondVersionAt, idTag.claimVersion, index * 2 + 1), editorIndex, createdAt: secondVersionAt });
  }
  const reviews: PlannedReview[] = {
    approved: [{ version: 1, decision: 'APPROVE' as const, at: firstReview }],
    approvedTwice: [
      { version: 1, decision: 'APPROVE' as const, at: firstReview },
      { version: 2, decision: 'APPROVE' as const, at: secondVersionAt + 2 * day },
    ],
    pendingEdit: [{ version: 1, decision: 'APPROVE' as const, at: firstReview }],
    retracted: [
      { version: 1, decision: 'APPROVE' as const, at: firstReview },
      { version: 1, decision: 'RETRACT' as const, at: firstReview + 10 * day },
    ],
    inReview: [],
    draft: [],
    changesRequested: [{ version: 1, decision: 'REQUEST_CHANGES' as const, at: firstReview }],
    rejected: [{ version: 1, decision: 'REJECT' as const, at: firstReview }],
  }[course];
  const status: ReviewStatus = {
    approved: 'APPROVED',
    approvedTwice: 'APPROVED',
    pendingEdit: random.chance(2 / 3) ? 'IN_REVIEW' : 'DRAFT',
    retracted: 'RETRACTED',
    inReview: 'IN_REVIEW',
    draft: 'DRAFT',
    changesRequested: 'CHANGES_REQUESTED',
    rejected: 'REJECTED',
  }[course] as ReviewStatus;
  const published = course === 'approvedTwice' ? 2 : ['approved', 'pendingEdit', 'retracted'].includes(course) ? 1 : null;
  const updatedAt = Math.max(versions[versions.length - 1].createdAt, ...reviews.map((review) => review.at));
  return { index, id: uuidv7(createdAt, idTag.claim, index), createdAt, authorIndex, versions, published, status, reviews, updatedAt };
}

export const isPublishedPlan = (plan: ClaimPlan) => plan.published !== null;

export type VersionContent = ReturnType<typeof versionContent>;

/** A version's text and references. A second version rewords the statement and regrades it, and keeps the
 *  first version's topics and citations (the same citation ids, as an edit keeps them). */
export function versionContent(size: RecordSize, plan: ClaimPlan, version: number) {
  const random = seeded(2, plan.index);
  const structure = random.next();
  const entity = () => random.skewed(size.entities);
  const claimantIndex = random.chance(0.6) ? entity() : null;
  const subjectIndex = structure < 0.7 ? entity() : null;
  const relationIndex = structure < 0.5 ? random.int(0, relations.length - 1) : null;
  const objectIndex = relationIndex === null ? null : entity();
  const polarity = relationIndex === null ? null : random.chance(0.8) ? 'AFFIRMS' : 'DENIES';
  const claimedAt = Math.floor((plan.createdAt - random.int(0, 400) * day) / day) * day;
  const period = random.chance(0.1) ? [claimedAt - random.int(30, 900) * day, claimedAt - random.int(0, 29) * day] : null;
  const topicIndexes = [...new Set([random.skewed(size.topics), ...(random.chance(0.4) ? [random.skewed(size.topics)] : [])])];
  const citations = Array.from({ length: random.int(1, 3) }, (_, position) => {
    const quoted = seeded(3, plan.index, position);
    const original = quoted.chance(0.2);
    return {
      id: uuidv7(plan.createdAt, idTag.citation, plan.index * 4 + position),
      position,
      sourceIndex: quoted.skewed(size.sources),
      quote: prose(quoted, 80, 500),
      originalQuote: original ? prose(quoted, 80, 400) : null,
      originalLanguage: original ? 'ar' : null,
      translator: original ? 'SITE Intelligence Group' : null,
      locator: quoted.chance(0.7) ? `paragraph ${quoted.int(1, 40)}` : null,
      attributedTo: quoted.chance(0.5) ? personName(quoted) : null,
    };
  });
  const wording = version === 1 ? random : seeded(4, plan.index, version);
  return {
    statement: statement(wording),
    claimantIndex,
    subjectIndex,
    relation: relationIndex === null ? null : relations[relationIndex].key,
    objectIndex,
    polarity,
    claimedAt: new Date(claimedAt),
    validFrom: period ? new Date(period[0]) : null,
    validTo: period ? new Date(period[1]) : null,
    credibility: wording.int(1, 6),
    credibilityNote: wording.chance(0.5) ? prose(wording, 20, 160) : '',
    topicIndexes,
    citations,
  };
}

export const relations = [
  { key: 'pledges-allegiance-to', label: 'pledges allegiance to', exclusive: true, description: 'One leader at a time' },
  { key: 'supports', label: 'supports', exclusive: false, description: 'Backing short of allegiance' },
  { key: 'leads', label: 'leads', exclusive: true, description: 'Heads the group' },
  { key: 'operates-in', label: 'operates in', exclusive: false, description: 'Is active in a place' },
  { key: 'claims-responsibility-for', label: 'claims responsibility for', exclusive: false, description: 'Says it carried out' },
  { key: 'is-at-war-with', label: 'is at war with', exclusive: false, description: 'Fights' },
];
