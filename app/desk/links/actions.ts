'use server';

import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/auth/actor';
import { formAction, type FormState } from '@/lib/http/form-action';
import { submitLink, updateLink } from '@/lib/links/update-link';

export async function updateLinkAction(linkId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () => updateLink(await getSessionActor(), linkId, values));
  if (!result.ok) return result.state;
  redirect(`/desk/links/${linkId}?saved=1`);
}

export async function submitLinkAction(linkId: string, version: number, _previous: FormState): Promise<FormState> {
  const result = await formAction({}, async () => submitLink(await getSessionActor(), linkId, { version }));
  if (!result.ok) return result.state;
  redirect(`/desk/links/${linkId}?submitted=1`);
}
