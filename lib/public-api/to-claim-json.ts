import type { Prisma } from '@/lib/generated/prisma/client';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { publishedVersionSelect } from '@/lib/claims/published-claim-select';

// One claim as the public API and the exports show it: the published version only, with its sign-off and,
// when retracted, the retraction's note and date.

const approvalReview = {
  where: { decision: 'APPROVE' },
  orderBy: { createdAt: 'desc' },
  take: 1,
  select: { createdAt: true, reviewer: { select: { name: true } } },
} satisfies Prisma.ClaimVersion$reviewsArgs;

const retractReview = {
  where: { decision: 'RETRACT' },
  orderBy: { createdAt: 'desc' },
  take: 1,
  select: { createdAt: true, note: true },
} satisfies Prisma.Claim$reviewsArgs;

/** The same shape getPublishedClaim reads, for many claims at once. */
export const publicClaimSelect = {
  id: true,
  status: true,
  publishedVersion: { select: { ...publishedVersionSelect, reviews: approvalReview } },
  reviews: retractReview,
} satisfies Prisma.ClaimSelect;

type PublishedVersion = Prisma.ClaimVersionGetPayload<{ select: typeof publishedVersionSelect }>;

export type PublicClaim = {
  id: string;
  status: ReviewStatus;
  version: PublishedVersion;
  signOff: { createdAt: Date; reviewer: { name: string } } | null;
  retraction: { createdAt: Date; note: string } | null;
};

/** A row of publicClaimSelect in the shape getPublishedClaim returns. */
export function fromPublicClaimRow(row: Prisma.ClaimGetPayload<{ select: typeof publicClaimSelect }>): PublicClaim | null {
  if (!row.publishedVersion) return null;
  const { reviews: approvals, ...version } = row.publishedVersion;
  return {
    id: row.id,
    status: row.status,
    version,
    signOff: approvals[0] ?? null,
    retraction: row.status === 'RETRACTED' ? (row.reviews[0] ?? null) : null,
  };
}

export const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);

export function toClaimJson(claim: PublicClaim, origin: string) {
  const { version } = claim;
  return {
    id: claim.id,
    statement: version.statement,
    claimedAt: day(version.claimedAt),
    validFrom: day(version.validFrom),
    validTo: day(version.validTo),
    credibility: version.credibility,
    credibilityNote: version.credibilityNote,
    claimant: version.claimant,
    subject: version.subject,
    relation: version.relation?.label ?? null,
    object: version.object,
    polarity: version.polarity,
    topics: version.topics.map(({ topic }) => topic),
    citations: version.citations.map((citation) => ({
      quote: citation.quote,
      originalQuote: citation.originalQuote,
      originalLanguage: citation.originalLanguage,
      translation: citation.translation,
      translator: citation.translator,
      locator: citation.locator,
      attributedTo: citation.attributedTo,
      source: {
        id: citation.source.id,
        title: citation.source.title,
        url: citation.source.url,
        publisher: citation.source.publisher,
        publishedAt: day(citation.source.publishedAt),
        grade: citation.source.grade,
        gradeNote: citation.source.gradeNote,
      },
    })),
    signOff: claim.signOff ? { reviewer: claim.signOff.reviewer.name, date: day(claim.signOff.createdAt) } : null,
    version: version.version,
    url: new URL(`/claims/${claim.id}`, origin).toString(),
    retracted: claim.retraction ? { at: claim.retraction.createdAt.toISOString(), note: claim.retraction.note } : null,
  };
}

export type ClaimJson = ReturnType<typeof toClaimJson>;
