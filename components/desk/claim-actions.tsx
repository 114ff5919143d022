'use client';

import { useActionState } from 'react';
import { Field, FormMessage, inputClass } from '@/components/forms/field';
import { SearchPicker } from '@/components/forms/search-picker';
import type { FormState } from '@/lib/http/form-action';
import { linkKindLabel, linkKinds } from '@/lib/links/link-schema';

const idle: FormState = { status: 'idle' };

export function SubmitForReview({ action }: { action: (state: FormState) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        Submit this version for review
      </button>
    </form>
  );
}

/** Link another claim to this one: search by text or by an entity in any spelling. */
export function LinkClaimForm({ action, claimId }: { action: (state: FormState, form: FormData) => Promise<FormState>; claimId: string }) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <FormMessage state={state} />
      <SearchPicker name="claimBId" label="The other claim" endpoint={`/api/desk/claims?exclude=${claimId}`} placeholder="Words of its statement, or an entity" errors={state.fields?.claimBId} />
      <Field name="kind" label="This claim…" errors={state.fields}>
        {(props) => (
          <select {...props} defaultValue={String(state.values?.kind ?? 'CONTRADICTS')} className={inputClass}>
            {linkKinds.map((kind) => (
              <option key={kind} value={kind}>
                {linkKindLabel[kind]} the other
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="note" label="Note" errors={state.fields}>
        {(props) => <textarea {...props} rows={2} dir="auto" defaultValue={String(state.values?.note ?? '')} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        Link the claims
      </button>
    </form>
  );
}
