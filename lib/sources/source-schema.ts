import { z } from 'zod';
import { httpUrl, isoDay, noteText, notInFuture, optional, optionalText, requiredText, uuid } from '@/lib/validation/fields';

export const sourceKinds = ['PRIMARY_STATEMENT', 'NEWS_REPORT', 'ANALYSIS', 'BLOG', 'SOCIAL_MEDIA', 'OFFICIAL', 'OTHER'] as const;
export const sourceGradeValues = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const correctionKinds = ['UPDATED', 'CORRECTED', 'RETRACTED'] as const;

export const sourceKindLabel: Record<(typeof sourceKinds)[number], string> = {
  PRIMARY_STATEMENT: 'Primary statement',
  NEWS_REPORT: 'News report',
  ANALYSIS: 'Analysis',
  BLOG: 'Blog',
  SOCIAL_MEDIA: 'Social media',
  OFFICIAL: 'Official',
  OTHER: 'Other',
};

const fields = {
  title: requiredText(300, 'Give the source a title'),
  url: optional(httpUrl),
  archiveUrl: optional(httpUrl),
  publisher: requiredText(200, 'Name the publisher'),
  author: optionalText(200),
  publishedAt: optional(isoDay.refine(notInFuture, 'A publication date cannot be in the future')),
  accessedAt: optional(isoDay.refine(notInFuture, 'An access date cannot be in the future')),
  kind: z.enum(sourceKinds, { error: 'Choose what kind of source this is' }),
  language: z.preprocess(
    (value) => (value === '' || value == null ? 'en' : value),
    z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language code such as en, ar or fr'),
  ),
  grade: z.enum(sourceGradeValues, { error: 'Choose a reliability grade from A to F' }),
  gradeNote: noteText(2_000),
  snapshot: optionalText(500_000),
  derivedFromId: optional(uuid),
  correctionKind: optional(z.enum(correctionKinds, { error: 'Choose updated, corrected or retracted' })),
  correctedAt: optional(isoDay.refine(notInFuture, 'A correction date cannot be in the future')),
  correctionNote: optionalText(2_000),
};

const correctionComplete = (value: { correctionKind?: string; correctedAt?: Date }) =>
  (value.correctionKind === undefined) === (value.correctedAt === undefined);
const correctionMessage = { message: 'Give both the kind of correction and its date, or neither', path: ['correctedAt'] };

export const createSourceSchema = z.object(fields).refine(correctionComplete, correctionMessage);

export const sourceFieldNames = Object.keys(fields) as (keyof typeof fields)[];
