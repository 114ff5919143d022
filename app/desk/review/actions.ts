'use server';

import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/auth/permissions';
import { formAction, type FormState } from '@/lib/http/form-action';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';

async function decideFromForm(decide: (actor: Actor | null, id: string, input: unknown) => Promise<unknown>, id: string, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () => decide(await getSessionActor(), id, values));
  if (!result.ok) return result.state;
  redirect(`/desk/review?decided=${encodeURIComponent(String(values.decision))}`);
}

export async function decideOnClaimAction(claimId: string, _previous: FormState, form: FormData): Promise<FormState> {
  return decideFromForm(decideOnClaim, claimId, form);
}

export async function decideOnLinkAction(linkId: string, _previous: FormState, form: FormData): Promise<FormState> {
  return decideFromForm(decideOnLink, linkId, form);
}
