'use client';

import { useActionState, useRef, useState } from 'react';
import { Field, FormMessage, inputClass, valueOf } from '@/components/forms/field';
import { SearchPicker, type PickerOption } from '@/components/forms/search-picker';
import type { QuickSourceResult } from '@/app/desk/claims/actions';
import { credibilityLevels } from '@/lib/grading/admiralty';
import type { FormState } from '@/lib/http/form-action';
import { CitationFields, type CitationValues } from './citation-fields';
import { ConflictCandidates } from './conflict-candidates';

export type ClaimFormInitial = Record<string, unknown> & { citations?: CitationValues[]; topicIds?: string[] };

const labels: Record<string, string> = {
  statement: 'Statement',
  claimantId: 'Claimed by',
  subjectId: 'Subject',
  relation: 'Relation',
  objectId: 'Object',
  polarity: 'Polarity',
  claimedAt: 'Claimed on',
  validFrom: 'Period from',
  validTo: 'Period to',
  credibility: 'Credibility',
  credibilityNote: 'Credibility note',
  topicIds: 'Topics',
  citations: 'Citations',
};

type StaleEdit = { current: Record<string, unknown>; changedByThem: string[]; changedByBoth: string[] };

/** What the other editor changed; the form below already holds the editor's own changes on top of it. */
function StaleEditNotice({ conflict }: { conflict: StaleEdit }) {
  const shown = (field: string) => {
    const value = conflict.current[field];
    return field === 'citations' || field === 'topicIds' || field.endsWith('Id') ? 'changed' : `now “${String(value ?? '')}”`;
  };
  return (
    <section aria-labelledby="stale-heading" className="rounded border border-amber-500 bg-amber-50 p-4">
      <h2 id="stale-heading" className="font-semibold">
        Someone saved version {String(conflict.current.version)} while you were editing
      </h2>
      <p className="mt-1 text-sm">Nothing was overwritten. Your changes are applied to their version in the form below: check it, then save again.</p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {conflict.changedByThem.map((field) => (
          <li key={field} dir="auto">
            They changed {labels[field] ?? field}: {shown(field)}
            {conflict.changedByBoth.includes(field) && <strong> (you changed it too: the form keeps yours)</strong>}
          </li>
        ))}
      </ul>
    </section>
  );
}

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  quickAddSource: (values: Record<string, string>) => Promise<QuickSourceResult>;
  initial: ClaimFormInitial;
  /** Names for the ids in `initial`, so pickers show them. */
  names: Record<string, PickerOption>;
  topics: { id: string; title: string }[];
  relations: { key: string; label: string; exclusive: boolean }[];
  claimId?: string;
  version?: number;
};

export function ClaimForm({ action, quickAddSource, initial, names, topics, relations, claimId, version }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  // Names picked in this session survive a refused save, so the pickers can show them again.
  const picked = useRef<Record<string, PickerOption>>({ ...names });
  // Each answer from the server re-renders the fields from what it sent back (what the user typed).
  const attempt = useRef({ state, count: 0 });
  if (attempt.current.state !== state) attempt.current = { state, count: attempt.current.count + 1 };
  const values = (state.values as ClaimFormInitial | undefined) ?? initial;
  const stale = state.conflict as StaleEdit | undefined;
  const current = stale?.current;
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      {stale?.changedByThem && <StaleEditNotice conflict={stale} />}
      {(current?.version ?? version) !== undefined && <input type="hidden" name="version" value={String(current?.version ?? version)} />}
      {/* The first submit button is the form's default for Enter: a plain save, never a suggested link. */}
      <button type="submit" name="intent" value="save" tabIndex={-1} aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden" />
      <ClaimFields
        key={attempt.current.count}
        values={values}
        errors={state.fields ?? {}}
        picked={picked.current}
        topics={topics}
        relations={relations}
        claimId={claimId}
        quickAddSource={quickAddSource}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? 'Saving…' : 'Save draft'}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending} className="rounded border border-stone-900 px-4 py-2 font-medium disabled:opacity-60">
          Save and submit for review
        </button>
      </div>
    </form>
  );
}

function ClaimFields({
  values,
  errors,
  picked,
  topics,
  relations,
  claimId,
  quickAddSource,
}: {
  values: ClaimFormInitial;
  errors: Record<string, string[]>;
  picked: Record<string, PickerOption>;
  topics: Props['topics'];
  relations: Props['relations'];
  claimId?: string;
  quickAddSource: Props['quickAddSource'];
}) {
  const text = (name: string) => valueOf(values, name);
  const [query, setQuery] = useState<Record<string, string | undefined>>(() => ({
    claimId,
    statement: text('statement'),
    subjectId: text('subjectId'),
    relation: text('relation'),
    objectId: text('objectId'),
    polarity: text('polarity'),
    claimedAt: text('claimedAt'),
    validFrom: text('validFrom'),
    validTo: text('validTo'),
  }));
  const track = (field: string) => (value: string) => setQuery((previous) => ({ ...previous, [field]: value }));
  const [rows, setRows] = useState(() =>
    (values.citations?.length ? values.citations : [{}]).map((citation, index) => ({ key: index, values: citation as CitationValues })),
  );
  const nextKey = useRef(rows.length);
  const option = (id: unknown) => (typeof id === 'string' && id ? (picked[id] ?? { id, label: '(chosen)' }) : null);
  const pickInto = (field: string) => (choice: PickerOption | null) => {
    if (choice) picked[choice.id] = choice;
    track(field)(choice?.id ?? '');
  };
  const selectedTopics = new Set((values.topicIds as string[] | undefined) ?? []);

  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div className="space-y-5">
        <Field name="statement" label="Statement" hint="One claim, as short as it can be: “AQIM backs ISIS”." errors={errors}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              maxLength={500}
              dir="auto"
              defaultValue={text('statement')}
              className={inputClass}
              onChange={(event) => track('statement')(event.target.value)}
            />
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="claimedAt" label="Claimed on" errors={errors}>
            {(props) => <input {...props} type="date" defaultValue={text('claimedAt')} className={inputClass} onChange={(event) => track('claimedAt')(event.target.value)} />}
          </Field>
          <Field name="validFrom" label="About the period from" errors={errors}>
            {(props) => <input {...props} type="date" defaultValue={text('validFrom')} className={inputClass} onChange={(event) => track('validFrom')(event.target.value)} />}
          </Field>
          <Field name="validTo" label="to" errors={errors}>
            {(props) => <input {...props} type="date" defaultValue={text('validTo')} className={inputClass} onChange={(event) => track('validTo')(event.target.value)} />}
          </Field>
        </div>
        <SearchPicker name="claimantId" label="Claimed by (optional)" endpoint="/api/desk/entities" initial={option(values.claimantId)} errors={errors.claimantId} onPick={pickInto('claimantId')} />
        <fieldset className="space-y-3 rounded border border-stone-300 p-4">
          <legend className="px-1 font-semibold">Structured form (optional)</legend>
          <SearchPicker name="subjectId" label="Subject" endpoint="/api/desk/entities" initial={option(values.subjectId)} errors={errors.subjectId} onPick={pickInto('subjectId')} />
          <Field name="relation" label="Relation" errors={errors}>
            {(props) => (
              <select {...props} defaultValue={text('relation')} className={inputClass} onChange={(event) => track('relation')(event.target.value)}>
                <option value="">None</option>
                {relations.map((relation) => (
                  <option key={relation.key} value={relation.key}>
                    {relation.label}
                    {relation.exclusive ? ' (one at a time)' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SearchPicker name="objectId" label="Object" endpoint="/api/desk/entities" initial={option(values.objectId)} errors={errors.objectId} onPick={pickInto('objectId')} />
          <fieldset>
            <legend className="font-medium">Polarity</legend>
            <div className="mt-1 flex gap-4">
              {(['AFFIRMS', 'DENIES'] as const).map((polarity) => (
                <label key={polarity} className="flex items-center gap-2">
                  <input type="radio" name="polarity" value={polarity} defaultChecked={text('polarity') === polarity} onChange={() => track('polarity')(polarity)} />
                  {polarity === 'AFFIRMS' ? 'Affirms' : 'Denies'}
                </label>
              ))}
              <label className="flex items-center gap-2">
                <input type="radio" name="polarity" value="" defaultChecked={!text('polarity')} onChange={() => track('polarity')('')} />
                Not set
              </label>
            </div>
            {errors.polarity && <p className="mt-1 text-sm font-medium text-red-800">{errors.polarity.join(' ')}</p>}
          </fieldset>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-[1fr_2fr]">
          <Field name="credibility" label="Credibility (1–6)" errors={errors}>
            {(props) => (
              <select {...props} defaultValue={text('credibility') || '6'} className={inputClass}>
                {Object.entries(credibilityLevels).map(([level, { label }]) => (
                  <option key={level} value={level}>
                    {level}: {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="credibilityNote" label="Credibility note" errors={errors}>
            {(props) => <textarea {...props} rows={2} dir="auto" defaultValue={text('credibilityNote')} className={inputClass} />}
          </Field>
        </div>
        {topics.length > 0 && (
          <fieldset>
            <legend className="font-medium">Topics</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {topics.map((topic) => (
                <label key={topic.id} className="flex items-center gap-2">
                  <input type="checkbox" name="topicIds" value={topic.id} defaultChecked={selectedTopics.has(topic.id)} />
                  {topic.title}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <section aria-labelledby="citations-heading" className="space-y-4">
          <h2 id="citations-heading" className="text-lg font-semibold">
            Evidence
          </h2>
          {errors.citations && <p className="text-sm font-medium text-red-800">{errors.citations.join(' ')}</p>}
          {rows.map((row, index) => (
            <CitationFields
              key={row.key}
              index={index}
              values={row.values}
              source={option(row.values.sourceId)}
              errors={errors}
              quickAddSource={quickAddSource}
              onRemove={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}
              onPick={(choice) => {
                if (choice) picked[choice.id] = choice;
              }}
            />
          ))}
          <button
            type="button"
            className="rounded border border-stone-600 px-3 py-1 font-medium"
            onClick={() => setRows((current) => [...current, { key: nextKey.current++, values: {} }])}
          >
            Add a citation
          </button>
        </section>
      </div>
      <aside>
        <ConflictCandidates query={query} />
      </aside>
    </div>
  );
}
