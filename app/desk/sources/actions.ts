'use server';

import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/auth/actor';
import { formAction, type FormState } from '@/lib/http/form-action';
import { createSource } from '@/lib/sources/create-source';
import { updateSource } from '@/lib/sources/update-source';

export async function createSourceAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () => createSource(await getSessionActor(), values));
  if (!result.ok) return result.state;
  redirect(`/desk/sources/${result.value.id}?saved=1`);
}

export async function updateSourceAction(id: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () => updateSource(await getSessionActor(), id, values));
  if (!result.ok) return result.state;
  redirect(`/desk/sources/${id}?saved=1`);
}
