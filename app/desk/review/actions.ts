'use server';

import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/auth/actor';
import { formAction, type FormState } from '@/lib/http/form-action';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';

export async function decideOnClaimAction(claimId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () => decideOnClaim(await getSessionActor(), claimId, values));
  if (!result.ok) return result.state;
  redirect(`/desk/review?decided=${encodeURIComponent(String(values.decision))}`);
}

export async function decideOnLinkAction(linkId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () => decideOnLink(await getSessionActor(), linkId, values));
  if (!result.ok) return result.state;
  redirect(`/desk/review?decided=${encodeURIComponent(String(values.decision))}`);
}
