import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/errors';
import { createLinkInTx } from '@/lib/links/create-link';
import { pickClaimFields, updateClaimSchema } from './claim-schema';
import { createClaimInTx } from './create-claim';
import { inClaimTransaction, reviseClaimInTx } from './revise-claim';
import { submitClaimInTx } from './submit-claim';

export type FollowUp = { submit?: boolean; contradicts?: string };

/** The claim form's save: create or edit, then, as the button asked, submit for review or link the claim as
 *  contradicting a suggested one. One transaction: if the follow-up is refused, nothing is saved. */
export async function saveClaim(actor: Actor | null, claimId: string | null, input: Record<string, unknown>, followUp: FollowUp = {}) {
  const editor = authorize(actor, 'claim:write');
  if (followUp.contradicts) authorize(actor, 'link:write');
  return inClaimTransaction(claimId, async (tx) => {
    let claim = claimId
      ? await reviseClaimInTx(tx, editor, claimId, parseInput(updateClaimSchema.pick({ version: true }), input).version, (current) => ({ ...current, ...pickClaimFields(input) }), 'claim.update')
      : await createClaimInTx(tx, editor, input);
    if (followUp.submit) claim = await submitClaimInTx(tx, editor, claim.id, claim.version);
    const link = followUp.contradicts ? await createLinkInTx(tx, editor, { claimAId: followUp.contradicts, claimBId: claim.id, kind: 'CONTRADICTS' }) : null;
    return { claim, link };
  });
}
