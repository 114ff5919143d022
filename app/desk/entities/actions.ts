'use server';

import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/auth/actor';
import { createEntity } from '@/lib/entities/create-entity';
import { entityInputFromForm } from '@/lib/entities/entity-form-data';
import { updateEntity } from '@/lib/entities/update-entity';
import { formAction, type FormState } from '@/lib/http/form-action';

export async function createEntityAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = entityInputFromForm(form);
  const result = await formAction(values, async () => createEntity(await getSessionActor(), values));
  if (!result.ok) return result.state;
  redirect(`/desk/entities/${result.value.id}?saved=1`);
}

export async function updateEntityAction(id: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = entityInputFromForm(form);
  const result = await formAction(values, async () => updateEntity(await getSessionActor(), id, values));
  if (!result.ok) return result.state;
  redirect(`/desk/entities/${id}?saved=1`);
}
