'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { ConflictNotice } from '@/components/forms/conflict-notice';
import { Field, FormMessage, inputClass, valueOf } from '@/components/forms/field';
import type { AliasRow } from '@/lib/entities/entity-form-data';
import { entityKindLabel, entityKinds, maxAliases } from '@/lib/entities/entity-schema';
import type { FormState } from '@/lib/http/form-action';

export type EntityFormValues = { version?: string; name?: string; slug?: string; kind?: string; description?: string; aliases?: AliasRow[] };

const labels: Record<string, string> = { name: 'Name', slug: 'Slug', kind: 'Kind', description: 'Description', aliases: 'Aliases' };

const blankRow: AliasRow = { alias: '', validFrom: '', validTo: '', note: '' };

type KeyedRows = { rows: (AliasRow & { key: number })[]; next: number };

function keyed(list: unknown, from: number): KeyedRows {
  const rows = (Array.isArray(list) ? (list as Partial<AliasRow>[]) : []).map((row, index) => ({ ...blankRow, ...row, key: from + index }));
  return { rows, next: from + rows.length };
}

// The conflict notice compares text: an alias list becomes one line per side.
function aliasSummary(list: unknown): string {
  if (!Array.isArray(list)) return '';
  const day = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? '')).slice(0, 10);
  return list
    .map((entry: { alias?: unknown; validFrom?: unknown; validTo?: unknown }) => {
      const [from, to] = [day(entry.validFrom), day(entry.validTo)];
      return `${String(entry.alias ?? '')}${from || to ? ` (${from || '…'} to ${to || '…'})` : ''}`;
    })
    .sort()
    .join('; ');
}

const aliasFieldId = (index: number) => `field-aliases-${index}-alias`;

export function EntityForm({
  action,
  initial = {},
  submitLabel,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial?: EntityFormValues;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  const values: Record<string, unknown> = state.values ?? initial;
  const conflict = (state.conflict as { current?: Record<string, unknown> } | undefined) ?? {};
  const version = conflict.current ? String(conflict.current.version) : initial.version;
  const errors = state.fields;

  const [aliases, setAliases] = useState<KeyedRows>(() => keyed(initial.aliases ?? [blankRow], 0));
  // A refused save sends back the rows as the server read them (blank ones dropped, the rest renumbered), so the
  // field errors line up: redraw the rows from them whenever a new answer arrives.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.values) setAliases(keyed(state.values.aliases, aliases.next));
  }

  // Keyboard users land on the row they added, or next to the one they removed.
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [aliases]);

  function addRow() {
    focusAfter.current = aliasFieldId(aliases.rows.length);
    setAliases({ rows: [...aliases.rows, { ...blankRow, key: aliases.next }], next: aliases.next + 1 });
  }

  function removeRow(index: number) {
    const rows = aliases.rows.filter((_, position) => position !== index);
    focusAfter.current = rows.length ? aliasFieldId(Math.min(index, rows.length - 1)) : 'add-alias';
    setAliases({ ...aliases, rows });
  }

  const listErrors = errors?.aliases ?? [];
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate>
      <FormMessage state={state} />
      {conflict.current && (
        <ConflictNotice
          current={{ ...conflict.current, aliases: aliasSummary(conflict.current.aliases) }}
          submitted={{ ...values, aliases: aliasSummary(values.aliases) }}
          labels={labels}
        />
      )}
      {version && <input type="hidden" name="version" value={version} />}
      <Field name="name" label="Name" hint="The name the desk uses; it is always kept among the aliases." errors={errors}>
        {(props) => <input {...props} defaultValue={valueOf(values, 'name')} required maxLength={200} className={inputClass} dir="auto" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="kind" label="Kind" errors={errors}>
          {(props) => (
            <select {...props} defaultValue={valueOf(values, 'kind', 'ORGANIZATION')} className={inputClass}>
              {entityKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {entityKindLabel[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="slug" label="Slug" hint="Its address on the public site. Left blank, it comes from the name." errors={errors}>
          {(props) => <input {...props} defaultValue={valueOf(values, 'slug')} maxLength={100} className={inputClass} />}
        </Field>
      </div>
      <Field name="description" label="Description" errors={errors}>
        {(props) => <textarea {...props} rows={3} defaultValue={valueOf(values, 'description')} className={inputClass} dir="auto" />}
      </Field>
      <fieldset className="rounded border border-stone-300 p-3" aria-describedby={listErrors.length ? 'aliases-error' : 'aliases-hint'}>
        <legend className="px-1 font-medium">Aliases</legend>
        <p id="aliases-hint" className="text-sm text-stone-600">
          Other names and spellings the sources use, with the period a name was in use if it changed (GSPC until 2007).
        </p>
        {listErrors.length > 0 && (
          <p id="aliases-error" className="mt-1 text-sm font-medium text-red-800">
            {listErrors.join(' ')}
          </p>
        )}
        <ol className="mt-3 space-y-3">
          {aliases.rows.map((row, index) => (
            <li key={row.key}>
              <fieldset className="rounded border border-stone-200 p-3">
                <legend className="px-1 text-sm font-medium">Alias {index + 1}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field name={`aliases.${index}.alias`} label="Spelling" errors={errors}>
                    {(props) => <input {...props} defaultValue={row.alias} maxLength={200} className={inputClass} dir="auto" />}
                  </Field>
                  <Field name={`aliases.${index}.note`} label="Note" errors={errors}>
                    {(props) => <input {...props} defaultValue={row.note} className={inputClass} dir="auto" />}
                  </Field>
                  <Field name={`aliases.${index}.validFrom`} label="In use from" errors={errors}>
                    {(props) => <input {...props} type="date" defaultValue={row.validFrom} className={inputClass} />}
                  </Field>
                  <Field name={`aliases.${index}.validTo`} label="In use until" errors={errors}>
                    {(props) => <input {...props} type="date" defaultValue={row.validTo} className={inputClass} />}
                  </Field>
                </div>
                <button type="button" onClick={() => removeRow(index)} className="mt-2 rounded border border-stone-400 px-2 py-1 text-sm">
                  Remove<span className="sr-only"> alias {index + 1}</span>
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          id="add-alias"
          type="button"
          onClick={addRow}
          disabled={aliases.rows.length >= maxAliases}
          className="mt-3 rounded border border-stone-500 px-3 py-1 font-medium disabled:opacity-60"
        >
          Add an alias
        </button>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
