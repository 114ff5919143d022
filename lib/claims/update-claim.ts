import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/errors';
import { pickClaimFields, updateClaimSchema } from './claim-schema';
import { reviseClaim } from './revise-claim';

/** Sets the fields sent (blank or null clears an optional one); the others keep their current values. */
export async function updateClaim(actor: Actor | null, claimId: string, input: unknown) {
  const editor = authorize(actor, 'claim:write');
  const { version } = parseInput(updateClaimSchema.pick({ version: true }), input);
  return reviseClaim(editor, claimId, version, (current) => ({ ...current, ...pickClaimFields(input as Record<string, unknown>) }), 'claim.update');
}
