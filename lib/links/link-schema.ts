import { z } from 'zod';
import { noteText, optional, uuid, version } from '@/lib/validation/fields';

export const linkKinds = ['CONTRADICTS', 'SUPPORTS', 'SUPERSEDES', 'QUALIFIES'] as const;
export const resolutions = ['UNRESOLVED', 'A_HOLDS', 'B_HOLDS', 'BOTH_PARTLY', 'NEITHER'] as const;

export const linkKindLabel: Record<(typeof linkKinds)[number], string> = {
  CONTRADICTS: 'contradicts',
  SUPPORTS: 'supports',
  SUPERSEDES: 'supersedes',
  QUALIFIES: 'qualifies',
};

/** The same relation read from the other claim. */
export const linkKindIncomingLabel: Record<(typeof linkKinds)[number], string> = {
  CONTRADICTS: 'contradicted by',
  SUPPORTS: 'supported by',
  SUPERSEDES: 'superseded by',
  QUALIFIES: 'qualified by',
};

export const resolutionLabel: Record<(typeof resolutions)[number], string> = {
  UNRESOLVED: 'Unresolved',
  A_HOLDS: 'The first claim holds',
  B_HOLDS: 'The second claim holds',
  BOTH_PARTLY: 'Both hold in part',
  NEITHER: 'Neither holds',
};

const editable = {
  note: noteText(2_000),
  resolution: z.preprocess((value) => value || 'UNRESOLVED', z.enum(resolutions, { error: 'Choose a resolution' })),
  resolutionNote: noteText(2_000),
};

export const createLinkSchema = z
  .object({
    claimAId: z.uuid({ error: 'Choose the first claim' }).transform((id) => id.toLowerCase()),
    claimBId: z.uuid({ error: 'Choose the other claim' }).transform((id) => id.toLowerCase()),
    kind: z.enum(linkKinds, { error: 'Choose contradicts, supports, supersedes or qualifies' }),
    ...editable,
  })
  .refine((link) => link.claimAId !== link.claimBId, { message: 'A claim cannot be linked to itself', path: ['claimBId'] });

/** The kind and the two claims are the link's identity; an edit changes its note and resolution. */
export const updateLinkSchema = z.object({ version, note: optional(editable.note), resolution: optional(editable.resolution), resolutionNote: optional(editable.resolutionNote) });

export const linkIdSchema = uuid;
