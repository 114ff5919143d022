'use client';

import { useActionState, useState } from 'react';
import { ConflictNotice } from '@/components/forms/conflict-notice';
import { Field, FormMessage, inputClass, valueOf } from '@/components/forms/field';
import { SearchPicker, type PickerOption } from '@/components/forms/search-picker';
import { sourceGrades } from '@/lib/grading/admiralty';
import type { FormState } from '@/lib/http/form-action';
import { correctionKinds, sourceKindLabel, sourceKinds } from '@/lib/sources/source-schema';
import { NoPrefetchLink } from './no-prefetch-link';

export type SourceFormValues = Record<string, string> & { version?: string };

const labels: Record<string, string> = {
  title: 'Title',
  url: 'URL',
  archiveUrl: 'Archived copy',
  publisher: 'Publisher',
  author: 'Author',
  publishedAt: 'Published',
  accessedAt: 'Accessed',
  kind: 'Kind',
  language: 'Language',
  grade: 'Reliability grade',
  gradeNote: 'Reliability note',
  snapshot: 'Stored text',
  correctionKind: 'Later',
  correctedAt: 'On',
  correctionNote: 'Correction note',
};

export function SourceForm({
  action,
  initial = {},
  derivedFrom,
  submitLabel,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial?: SourceFormValues;
  derivedFrom?: PickerOption | null;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  const [existing, setExisting] = useState<{ id: string; label: string } | null>(null);
  const conflict = (state.conflict as { current?: Record<string, unknown>; existingSource?: { id: string; title: string } } | undefined) ?? {};
  const values = state.values ?? initial;
  const version = conflict.current ? String(conflict.current.version) : initial.version;
  const errors = state.fields;

  async function checkUrl(url: string) {
    setExisting(null);
    if (!/^https?:\/\/\S+/.test(url)) return;
    const response = await fetch(`/api/desk/sources?url=${encodeURIComponent(url)}`);
    const found = response.ok ? (await response.json()).data[0] : null;
    if (found && found.id !== initial.id) setExisting(found);
  }

  const duplicate = existing ?? (conflict.existingSource ? { id: conflict.existingSource.id, label: conflict.existingSource.title } : null);
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate>
      <FormMessage state={state} />
      {conflict.current && <ConflictNotice current={conflict.current} submitted={values} labels={labels} />}
      {version && <input type="hidden" name="version" value={version} />}
      <Field name="title" label="Title" errors={errors}>
        {(props) => <input {...props} defaultValue={valueOf(values, 'title')} required className={inputClass} dir="auto" />}
      </Field>
      <Field name="url" label="URL" hint="The item's own address, if it has one." errors={errors}>
        {(props) => (
          <input {...props} type="url" defaultValue={valueOf(values, 'url')} className={inputClass} onBlur={(event) => checkUrl(event.target.value)} />
        )}
      </Field>
      {duplicate && (
        <p role="status" className="rounded border border-amber-500 bg-amber-50 p-3">
          This address is already on record:{' '}
          <NoPrefetchLink href={`/desk/sources/${duplicate.id}`} className="font-medium text-blue-800 underline">
            {duplicate.label}
          </NoPrefetchLink>
          . Use that source instead of adding a duplicate.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="publisher" label="Publisher" errors={errors}>
          {(props) => <input {...props} defaultValue={valueOf(values, 'publisher')} required className={inputClass} dir="auto" />}
        </Field>
        <Field name="author" label="Author" errors={errors}>
          {(props) => <input {...props} defaultValue={valueOf(values, 'author')} className={inputClass} dir="auto" />}
        </Field>
        <Field name="kind" label="Kind" errors={errors}>
          {(props) => (
            <select {...props} defaultValue={valueOf(values, 'kind', 'NEWS_REPORT')} className={inputClass}>
              {sourceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {sourceKindLabel[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="language" label="Language" hint="A code such as en, ar, fr." errors={errors}>
          {(props) => <input {...props} defaultValue={valueOf(values, 'language', 'en')} className={inputClass} />}
        </Field>
        <Field name="publishedAt" label="Published" errors={errors}>
          {(props) => <input {...props} type="date" defaultValue={valueOf(values, 'publishedAt')} className={inputClass} />}
        </Field>
        <Field name="accessedAt" label="Accessed" errors={errors}>
          {(props) => <input {...props} type="date" defaultValue={valueOf(values, 'accessedAt')} className={inputClass} />}
        </Field>
      </div>
      <Field name="grade" label="Reliability grade (Admiralty scale)" errors={errors}>
        {(props) => (
          <select {...props} defaultValue={valueOf(values, 'grade', 'F')} className={inputClass}>
            {Object.entries(sourceGrades).map(([grade, { label }]) => (
              <option key={grade} value={grade}>
                {grade}: {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="gradeNote" label="Reliability note" hint="Why this grade: track record, distance from events, signs of error." errors={errors}>
        {(props) => <textarea {...props} rows={3} defaultValue={valueOf(values, 'gradeNote')} className={inputClass} dir="auto" />}
      </Field>
      <SearchPicker
        name="derivedFromId"
        label="Derived from (a repost, translation, or report citing another outlet)"
        endpoint="/api/desk/sources"
        initial={derivedFrom}
        errors={errors?.derivedFromId}
      />
      <Field name="archiveUrl" label="Archived copy" errors={errors}>
        {(props) => <input {...props} type="url" defaultValue={valueOf(values, 'archiveUrl')} className={inputClass} />}
      </Field>
      <Field name="snapshot" label="Stored text (optional)" hint="Paste the text as published, so quotes can be checked later." errors={errors}>
        {(props) => <textarea {...props} rows={6} defaultValue={valueOf(values, 'snapshot')} className={inputClass} dir="auto" />}
      </Field>
      <fieldset className="rounded border border-stone-300 p-3">
        <legend className="px-1 font-medium">Later updated, corrected or retracted by the publisher</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="correctionKind" label="What happened" errors={errors}>
            {(props) => (
              <select {...props} defaultValue={valueOf(values, 'correctionKind')} className={inputClass}>
                <option value="">Nothing</option>
                {correctionKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind.charAt(0) + kind.slice(1).toLowerCase()}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="correctedAt" label="On" errors={errors}>
            {(props) => <input {...props} type="date" defaultValue={valueOf(values, 'correctedAt')} className={inputClass} />}
          </Field>
        </div>
        <Field name="correctionNote" label="Note" errors={errors}>
          {(props) => <textarea {...props} rows={2} defaultValue={valueOf(values, 'correctionNote')} className={inputClass} dir="auto" />}
        </Field>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
