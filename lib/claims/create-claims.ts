import 'server-only';
import { z } from 'zod';
import { writeAudits } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, parseInput, type FieldErrors } from '@/lib/errors';
import { createClaimSchema } from './claim-schema';
import { getClaimStates, missingReferences } from './claim-state';
import { newClaimContent } from './create-claim';
import { insertNewClaims } from './insert-new-claims';

// Bulk import: many new claims in one request and one transaction, each saved exactly as createClaim saves one
// (a draft at version 1 with its citations and topics, and a `claim.create` audit event holding its state), but
// with a statement per table rather than a dozen round trips per claim: 4 look-ups, 5 inserts or updates, the
// read-back of the states and their audit events, whatever the batch's size.

/** Claims in one batch. Big enough that a batch costs a fraction of a per-claim request's overhead, small enough
 *  that its transaction stays far inside the 15 s a transaction may take on a loaded machine. */
export const maxClaimsPerBatch = 500;

/** The batch route's body limit. The write API's 1 MB is generous for one claim, but 500 claims of the
 *  benchmark's record average 0.8 MB, and a newsroom's claims with an Arabic original and its translation beside
 *  the quote are several times larger: 5 MB leaves 10 kB a claim. A larger batch is split by the caller. */
export const maxBatchBodyBytes = 5_000_000;

const batchShape = z.object({
  claims: z
    .array(z.unknown(), { error: 'Send the claims as a list' })
    .min(1, 'Send at least one claim')
    .max(maxClaimsPerBatch, `At most ${maxClaimsPerBatch} claims in one request; send the rest in another`),
});
const batchSchema = z.object({ claims: z.array(createClaimSchema) });

/** New claims, saved as drafts, all or none; answered in the order sent. Field errors are keyed by the claim's
 *  position in the list (`claims.3.citations.0.sourceId`). */
export async function createClaims(actor: Actor | null, input: unknown) {
  const editor = authorize(actor, 'claim:write');
  // The count first, so an oversized batch is refused before any claim in it is validated.
  parseInput(batchShape, input);
  const contents = parseInput(batchSchema, input).claims.map(newClaimContent);
  return db.$transaction(async (tx) => {
    const missing = await missingReferences(tx, contents);
    const fields: FieldErrors = {};
    missing.forEach((claimFields, index) => {
      for (const [field, messages] of Object.entries(claimFields)) fields[`claims.${index}.${field}`] = messages;
    });
    const refused = missing.filter((claimFields) => Object.keys(claimFields).length).length;
    if (refused) throw new AppError('INVALID', refused === 1 ? 'A claim names something that is not on record' : `${refused} claims name something that is not on record`, fields);

    const claimIds = await insertNewClaims(tx, contents, editor.id);
    const states = await getClaimStates(tx, claimIds);
    await writeAudits(
      tx,
      states.map((state) => ({ actorId: editor.id, action: 'claim.create', targetType: 'Claim', targetId: state.id, after: state })),
    );
    return { claims: states };
  });
}
