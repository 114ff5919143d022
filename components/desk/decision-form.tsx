'use client';

import { useActionState } from 'react';
import { Field, FormMessage, inputClass, valueOf } from '@/components/forms/field';
import type { FormState } from '@/lib/http/form-action';
import { decisionLabel, type Decision } from '@/lib/reviews/review-schema';

/** A reviewer's decision on the exact version shown: it carries that version, so a change since is refused. */
export function DecisionForm({
  action,
  version,
  decisions,
  heading,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  version: number;
  decisions: Decision[];
  heading: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  // No decision is preselected: a reviewer who writes a note and forgets to choose must not approve by default.
  const chosen = valueOf(state.values, 'decision', decisions.length === 1 ? decisions[0] : '');
  return (
    <form action={formAction} className="space-y-3 rounded border border-stone-400 bg-white p-4">
      <h2 className="text-lg font-semibold">{heading}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <fieldset aria-describedby={state.fields?.decision ? 'decision-error' : undefined}>
        <legend className="font-medium">Decision on version {version}</legend>
        {state.fields?.decision && (
          <p id="decision-error" className="text-sm font-medium text-red-800">
            {state.fields.decision.join(' ')}
          </p>
        )}
        <div className="mt-1 flex flex-wrap gap-4">
          {decisions.map((decision) => (
            <label key={decision} className="flex items-center gap-2">
              <input type="radio" name="decision" value={decision} defaultChecked={chosen === decision} required />
              {decisionLabel[decision]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field name="note" label="Note" hint="Required unless you approve: the editor and, for a retraction, the public will read it." errors={state.fields}>
        {(props) => <textarea {...props} rows={3} dir="auto" defaultValue={valueOf(state.values, 'note')} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        Record the decision
      </button>
    </form>
  );
}
