import type { Prisma } from '@/lib/generated/prisma/client';

// Sources, entities and topics have no review of their own: the public sees those a published claim version
// uses, so a name an editor typed into a draft stays on the desk.

export const publishedVersionUse = { publishedOf: { isNot: null } } satisfies Prisma.ClaimVersionWhereInput;
