import type { Prisma } from '@/lib/generated/prisma/client';
import { isPublished } from '@/lib/claims/published-claim-select';
import { approvalReview, day, fromPublicClaimRow, publicClaimSelect, retractReview, toClaimJson } from './to-claim-json';

// A contradiction is a published CONTRADICTS link between two published claims; nothing else is one.

export const isPublicContradiction = {
  kind: 'CONTRADICTS',
  publishedVersionId: { not: null },
  claimA: isPublished,
  claimB: isPublished,
} satisfies Prisma.ClaimLinkWhereInput;

export const contradictionSelect = {
  id: true,
  status: true,
  claimA: { select: publicClaimSelect },
  claimB: { select: publicClaimSelect },
  publishedVersion: { select: { version: true, note: true, resolution: true, resolutionNote: true, reviews: approvalReview } },
  reviews: retractReview,
} satisfies Prisma.ClaimLinkSelect;

type ContradictionRow = Prisma.ClaimLinkGetPayload<{ select: typeof contradictionSelect }>;

export function toContradictionJson(link: ContradictionRow, origin: string) {
  const claimA = fromPublicClaimRow(link.claimA);
  const claimB = fromPublicClaimRow(link.claimB);
  // The where clause already guarantees all three are published; this only narrows the types.
  if (!claimA || !claimB || !link.publishedVersion) return null;
  const signOff = link.publishedVersion.reviews[0];
  const retraction = link.status === 'RETRACTED' ? link.reviews[0] : undefined;
  return {
    id: link.id,
    kind: 'CONTRADICTS' as const,
    note: link.publishedVersion.note,
    resolution: link.publishedVersion.resolution,
    resolutionNote: link.publishedVersion.resolutionNote,
    claimA: toClaimJson(claimA, origin),
    claimB: toClaimJson(claimB, origin),
    signOff: signOff ? { reviewer: signOff.reviewer.name, date: day(signOff.createdAt) } : null,
    version: link.publishedVersion.version,
    url: new URL(`/contradictions/${link.id}`, origin).toString(),
    retracted: retraction ? { at: retraction.createdAt.toISOString(), note: retraction.note } : null,
  };
}
