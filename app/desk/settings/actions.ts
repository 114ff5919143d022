'use server';

import { revalidatePath } from 'next/cache';
import { getSessionActor } from '@/lib/auth/actor';
import { formAction, type FormState } from '@/lib/http/form-action';
import { createApiToken, revokeApiToken } from '@/lib/tokens/api-tokens';

/** A new token is handed back once, in this response only; the database keeps just its hash. */
export type TokenFormState = FormState & { token?: string };

export async function createTokenAction(_previous: TokenFormState, form: FormData): Promise<TokenFormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () => createApiToken(await getSessionActor(), values));
  if (!result.ok) return result.state;
  revalidatePath('/desk/settings');
  return { status: 'saved', message: `Created the token “${result.value.record.name}”. Copy it now: you will not see it again.`, token: result.value.token };
}

export async function revokeTokenAction(tokenId: string, _previous: FormState, _form: FormData): Promise<FormState> {
  const result = await formAction({}, async () => revokeApiToken(await getSessionActor(), tokenId));
  if (!result.ok) return result.state;
  revalidatePath('/desk/settings');
  return { status: 'saved', message: 'Token revoked. Requests that send it are now refused.' };
}
