import type { Prisma } from '@/lib/generated/prisma/client';
import { isPublished } from '@/lib/claims/published-claim-select';

// A contradiction is a published CONTRADICTS link between two published claims; nothing else is one.

export const isPublicContradiction = {
  kind: 'CONTRADICTS',
  publishedVersionId: { not: null },
  claimA: isPublished,
  claimB: isPublished,
} satisfies Prisma.ClaimLinkWhereInput;
