'use server';

import { revalidatePath } from 'next/cache';
import { getSessionActor } from '@/lib/auth/actor';
import { formAction, type FormState } from '@/lib/http/form-action';
import { createUser } from '@/lib/users/create-user';
import { deactivateUser } from '@/lib/users/deactivate-user';
import { reactivateUser } from '@/lib/users/reactivate-user';
import { setUserRole } from '@/lib/users/set-user-role';
import { roleLabel } from '@/lib/users/user-schema';

const page = '/desk/admin/users';

export async function createUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  // What the user typed comes back on a refusal, except the password.
  const { password: _password, ...shown } = values;
  const result = await formAction(shown, async () => createUser(await getSessionActor(), values));
  if (!result.ok) return result.state;
  revalidatePath(page);
  return { status: 'saved', message: `Created an account for ${result.value.name} (${result.value.email}).` };
}

export async function setUserRoleAction(userId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () => setUserRole(await getSessionActor(), userId, values));
  if (!result.ok) return result.state;
  revalidatePath(page);
  return { status: 'saved', message: `${result.value.name} is now ${roleLabel[result.value.role].toLowerCase()}.` };
}

/** The row's one status form: `intent` says which way, so its message survives the button changing. */
export async function setAccountStatusAction(userId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const reactivate = values.intent === 'reactivate';
  const result = await formAction(values, async () => {
    const actor = await getSessionActor();
    return reactivate ? reactivateUser(actor, userId) : deactivateUser(actor, userId, values);
  });
  if (!result.ok) return result.state;
  revalidatePath(page);
  const { name } = result.value;
  return {
    status: 'saved',
    message: reactivate ? `${name} can sign in again.` : `${name} is deactivated and signed out everywhere.`,
  };
}
