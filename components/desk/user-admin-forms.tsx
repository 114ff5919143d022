'use client';

import { useActionState, useId } from 'react';
import { Field, inputClass, valueOf } from '@/components/forms/field';
import type { FormState } from '@/lib/http/form-action';
import { minPasswordLength, roleLabel, roles } from '@/lib/users/user-schema';
import { ActionMessage } from './action-message';
import { ConfirmStep } from './confirm-step';

type Action = (state: FormState, form: FormData) => Promise<FormState>;
const idle: FormState = { status: 'idle' };

export function CreateUserForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.values;
  const errors = state.fields;
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <ActionMessage state={state} className="rounded" />
      <Field name="name" label="Name" errors={errors}>
        {(props) => <input {...props} defaultValue={valueOf(values, 'name')} required autoComplete="off" className={inputClass} dir="auto" />}
      </Field>
      <Field name="email" label="Email" hint="They sign in with this address." errors={errors}>
        {(props) => <input {...props} type="email" defaultValue={valueOf(values, 'email')} required autoComplete="off" className={inputClass} />}
      </Field>
      <Field name="role" label="Role" errors={errors}>
        {(props) => (
          <select {...props} defaultValue={valueOf(values, 'role', 'EDITOR')} className={inputClass}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabel[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="password"
        label="Password"
        hint={`At least ${minPasswordLength} characters. Pass it on by a safe route, not a shared channel.`}
        errors={errors}
      >
        {(props) => <input {...props} type="password" required minLength={minPasswordLength} autoComplete="new-password" className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}

export function RoleForm({ action, name, role }: { action: Action; name: string; role: string }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const selectId = useId();
  return (
    <form action={formAction} className="space-y-1">
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor={selectId}>
          Role for {name}
        </label>
        <select id={selectId} name="role" defaultValue={role} className="rounded border border-stone-400 bg-white px-2 py-1">
          {roles.map((option) => (
            <option key={option} value={option}>
              {roleLabel[option]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded border border-stone-500 px-3 py-1 font-medium disabled:opacity-60">
          {pending ? 'Saving…' : 'Save'}
          <span className="sr-only"> role for {name}</span>
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}

export function AccountStatusForm({ action, name, banned, isSelf }: { action: Action; name: string; banned: boolean; isSelf: boolean }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const reasonId = useId();
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="intent" value={banned ? 'reactivate' : 'deactivate'} />
      {isSelf && !banned ? (
        <p className="text-sm text-stone-700">This is you: another administrator can deactivate this account.</p>
      ) : banned ? (
        <ConfirmStep
          state={state}
          pending={pending}
          trigger={<>Reactivate…<span className="sr-only"> {name}</span></>}
          question={`Let ${name} sign in again, with the same role?`}
          confirm="Yes, reactivate"
          pendingLabel="Reactivating…"
        />
      ) : (
        <ConfirmStep
          state={state}
          pending={pending}
          trigger={<>Deactivate…<span className="sr-only"> {name}</span></>}
          question={`Deactivate ${name}? They are signed out everywhere at once and cannot sign in; their work stays, attributed to them.`}
          confirm="Yes, deactivate"
          pendingLabel="Deactivating…"
        >
          <div>
            <label htmlFor={reasonId} className="block text-sm font-medium">
              Reason (optional, kept in the record)
            </label>
            <input id={reasonId} name="reason" maxLength={500} className={inputClass} dir="auto" />
          </div>
        </ConfirmStep>
      )}
      <ActionMessage state={state} />
    </form>
  );
}
