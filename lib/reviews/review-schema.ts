import { z } from 'zod';
import { noteText, version } from '@/lib/validation/fields';

export const decisions = ['APPROVE', 'REQUEST_CHANGES', 'REJECT', 'RETRACT'] as const;
export type Decision = (typeof decisions)[number];

export const decisionLabel: Record<Decision, string> = {
  APPROVE: 'Approve',
  REQUEST_CHANGES: 'Request changes',
  REJECT: 'Reject',
  RETRACT: 'Retract',
};

/** `version` is the version the reviewer saw: the one in review, or for a retraction the published one. */
export const reviewSchema = z
  .object({
    version,
    decision: z.enum(decisions, { error: 'Choose approve, request changes, reject or retract' }),
    note: noteText(4_000),
  })
  .refine((review) => review.decision === 'APPROVE' || review.note !== '', {
    message: 'Say why: a decision other than approval needs a note',
    path: ['note'],
  });
