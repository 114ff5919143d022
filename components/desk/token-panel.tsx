'use client';

import { useActionState, useState } from 'react';
import { Field, inputClass, valueOf } from '@/components/forms/field';
import type { TokenFormState } from '@/app/desk/settings/actions';
import type { FormState } from '@/lib/http/form-action';
import { ActionMessage } from './action-message';
import { ConfirmStep } from './confirm-step';

export function CreateTokenForm({ action }: { action: (state: TokenFormState, form: FormData) => Promise<TokenFormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as TokenFormState);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {state.token && (
        <section key={state.token} aria-labelledby="new-token" className="space-y-2 rounded border border-green-600 bg-green-50 p-4">
          <h3 id="new-token" className="font-semibold">
            Your new token
          </h3>
          <p id="new-token-hint">
            Copy it now and keep it somewhere safe: <strong>you will not see it again</strong>. We keep only a fingerprint of it.
            Send it as <code>Authorization: Bearer</code> followed by the token.
          </p>
          <div className="flex gap-2">
            <label htmlFor="new-token-value" className="sr-only">
              New token
            </label>
            <input
              id="new-token-value"
              readOnly
              autoFocus
              value={state.token}
              aria-describedby="new-token-hint"
              onFocus={(event) => event.target.select()}
              className={`${inputClass} font-mono text-sm`}
            />
            <button
              type="button"
              className="rounded border border-stone-500 bg-white px-3 py-1 font-medium"
              onClick={async () => {
                await navigator.clipboard.writeText(state.token!);
                setCopied(state.token!);
              }}
            >
              Copy
            </button>
          </div>
          <p role="status" className="text-sm">
            {copied === state.token ? 'Copied to the clipboard.' : ''}
          </p>
        </section>
      )}
      <form action={formAction} className="max-w-xl space-y-3" noValidate>
        <ActionMessage state={state} />
        <Field name="name" label="Token name" hint="Say where it is used, e.g. “import script on the newsroom server”." errors={state.fields}>
          {(props) => <input {...props} defaultValue={valueOf(state.values, 'name')} required maxLength={100} className={inputClass} dir="auto" />}
        </Field>
        <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? 'Creating…' : 'Create token'}
        </button>
      </form>
    </div>
  );
}

/** Stays in the row once the token is revoked, so the confirmation is still there to be read. */
export function RevokeTokenForm({ action, name, revoked }: { action: (state: FormState, form: FormData) => Promise<FormState>; name: string; revoked: boolean }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  return (
    <form action={formAction} className="space-y-1">
      {!revoked && (
        <ConfirmStep
          state={state}
          pending={pending}
          trigger={<>Revoke…<span className="sr-only"> {name}</span></>}
          question={`Revoke “${name}”? Anything still using it is refused from now on.`}
          confirm="Yes, revoke"
          pendingLabel="Revoking…"
        />
      )}
      <ActionMessage state={state} />
    </form>
  );
}
