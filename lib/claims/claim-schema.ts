import { z } from 'zod';
import { isoDay, noteText, notInFuture, optional, optionalText, requiredText, text, uuid, version } from '@/lib/validation/fields';

/** How many topics one claim may be filed under. */
export const maxTopicsPerClaim = 20;

export const polarities = ['AFFIRMS', 'DENIES'] as const;

export const citationSchema = z.object({
  /** A citation kept from the previous version keeps its id. */
  id: optional(uuid),
  sourceId: z.uuid({ error: 'Choose a source' }).transform((id) => id.toLowerCase()),
  quote: requiredText(5_000, 'Give the quote, word for word'),
  originalQuote: optionalText(5_000),
  originalLanguage: optional(z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language code such as ar')),
  translation: optionalText(5_000),
  translator: optionalText(200),
  locator: optionalText(200),
  attributedTo: optionalText(300),
});

const fields = {
  statement: requiredText(500, 'Write the claim as one statement'),
  claimantId: optional(uuid),
  subjectId: optional(uuid),
  relation: optional(text().trim().max(100)),
  objectId: optional(uuid),
  polarity: optional(z.enum(polarities, { error: 'Choose affirms or denies' })),
  claimedAt: isoDay.refine(notInFuture, 'A claim cannot have been made in the future'),
  validFrom: optional(isoDay),
  validTo: optional(isoDay),
  credibility: z.coerce
    .number({ error: 'Choose a credibility from 1 to 6' })
    .int('Choose a credibility from 1 to 6')
    .min(1, 'Choose a credibility from 1 to 6')
    .max(6, 'Choose a credibility from 1 to 6'),
  credibilityNote: noteText(2_000),
  topicIds: z.preprocess((value) => value ?? [], z.array(uuid).max(maxTopicsPerClaim, `At most ${maxTopicsPerClaim} topics`)),
  citations: z.preprocess((value) => value ?? [], z.array(citationSchema).max(50, 'At most 50 citations')),
};

type ClaimShape = {
  subjectId?: string;
  relation?: string;
  objectId?: string;
  polarity?: string;
  validFrom?: Date;
  validTo?: Date;
};

/** The rules between fields, shared by creation and editing. */
function checkClaim(value: ClaimShape, context: z.RefinementCtx) {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    context.addIssue({ code: 'custom', path: ['validTo'], message: 'The period cannot end before it starts' });
  }
  const structured = [value.relation, value.objectId, value.polarity];
  if (structured.some((part) => part !== undefined)) {
    if (!value.subjectId) context.addIssue({ code: 'custom', path: ['subjectId'], message: 'A relation needs its subject' });
    if (!value.relation) context.addIssue({ code: 'custom', path: ['relation'], message: 'Choose the relation' });
    if (!value.objectId) context.addIssue({ code: 'custom', path: ['objectId'], message: 'A relation needs its object' });
    if (!value.polarity) context.addIssue({ code: 'custom', path: ['polarity'], message: 'Say whether the claim affirms or denies it' });
  }
}

export const createClaimSchema = z.object(fields).superRefine(checkClaim);

/** An edit: any subset of the fields, with the version it started from; merged onto the current version. */
export const updateClaimSchema = z.object({ ...fields, version }).partial().required({ version: true });

export const claimFieldNames = Object.keys(fields) as (keyof typeof fields)[];

/** The claim fields present in an input, for an edit that sets only what was sent. */
export function pickClaimFields(input: Record<string, unknown>) {
  return Object.fromEntries(claimFieldNames.filter((field) => field in input).map((field) => [field, input[field]]));
}

export type ClaimContent = z.infer<typeof createClaimSchema>;
