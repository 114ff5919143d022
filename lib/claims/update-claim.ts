import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/errors';
import { claimFieldNames, updateClaimSchema } from './claim-schema';
import { reviseClaim } from './revise-claim';

/** Sets the fields sent (blank or null clears an optional one); the others keep their current values. */
export async function updateClaim(actor: Actor | null, claimId: string, input: unknown) {
  const editor = authorize(actor, 'claim:write');
  const { version } = parseInput(updateClaimSchema, input);
  const sent = input as Record<string, unknown>;
  return reviseClaim(
    editor,
    claimId,
    version,
    (current) => ({ ...current, ...Object.fromEntries(claimFieldNames.filter((field) => field in sent).map((field) => [field, sent[field]])) }),
    'claim.update',
  );
}
