'use client';

import { useActionState } from 'react';
import { ConflictNotice } from '@/components/forms/conflict-notice';
import { Field, FormMessage, inputClass, valueOf } from '@/components/forms/field';
import type { FormState } from '@/lib/http/form-action';
import { resolutionLabel, resolutions } from '@/lib/links/link-schema';

const labels = { note: 'Note', resolution: 'Resolution', resolutionNote: 'Resolution note' };

/** The link's note and resolution; its kind and claims are fixed. */
export function LinkForm({ action, initial }: { action: (state: FormState, form: FormData) => Promise<FormState>; initial: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  const values = state.values ?? initial;
  const current = (state.conflict as { current?: Record<string, unknown> } | undefined)?.current;
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      {current && <ConflictNotice current={current} submitted={values} labels={labels} />}
      <input type="hidden" name="version" value={String(current?.version ?? initial.version)} />
      <Field name="note" label="Note" errors={state.fields}>
        {(props) => <textarea {...props} rows={3} dir="auto" defaultValue={valueOf(values, 'note')} className={inputClass} />}
      </Field>
      <Field name="resolution" label="Resolution" errors={state.fields}>
        {(props) => (
          <select {...props} defaultValue={valueOf(values, 'resolution', 'UNRESOLVED')} className={inputClass}>
            {resolutions.map((resolution) => (
              <option key={resolution} value={resolution}>{resolutionLabel[resolution]}</option>
            ))}
          </select>
        )}
      </Field>
      <Field name="resolutionNote" label="Resolution note" hint="How the two claims stand against each other, and on what evidence." errors={state.fields}>
        {(props) => <textarea {...props} rows={3} dir="auto" defaultValue={valueOf(values, 'resolutionNote')} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        Save link
      </button>
    </form>
  );
}
