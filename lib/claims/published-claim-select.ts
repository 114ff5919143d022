import type { Prisma } from '@/lib/generated/prisma/client';

/** A version's citations in order, each with what a reader needs of its source. */
export const citationsWithSources = {
  orderBy: { position: 'asc' },
  select: {
    id: true,
    quote: true,
    originalQuote: true,
    originalLanguage: true,
    translation: true,
    translator: true,
    locator: true,
    attributedTo: true,
    source: {
      select: {
        id: true,
        title: true,
        url: true,
        publisher: true,
        publishedAt: true,
        grade: true,
        gradeNote: true,
        kind: true,
        correctionKind: true,
        correctedAt: true,
        correctionNote: true,
      },
    },
  },
} satisfies Prisma.ClaimVersion$citationsArgs;

// What a public page shows of a claim's published version: never a draft's text.
export const publishedVersionSelect = {
  id: true,
  version: true,
  statement: true,
  claimedAt: true,
  validFrom: true,
  validTo: true,
  credibility: true,
  credibilityNote: true,
  polarity: true,
  claimant: { select: { slug: true, name: true } },
  subject: { select: { slug: true, name: true } },
  relation: { select: { label: true } },
  object: { select: { slug: true, name: true } },
  topics: { orderBy: [{ topic: { title: 'asc' } }, { topic: { slug: 'asc' } }], select: { topic: { select: { slug: true, title: true } } } },
  citations: citationsWithSources,
} satisfies Prisma.ClaimVersionSelect;

/** Only claims a reviewer approved; a retracted claim stays, marked as such. */
export const isPublished = { publishedVersionId: { not: null } } satisfies Prisma.ClaimWhereInput;
