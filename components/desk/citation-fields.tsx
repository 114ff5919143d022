'use client';

import { useState } from 'react';
import { inputClass } from '@/components/forms/field';
import { SearchPicker, type PickerOption } from '@/components/forms/search-picker';
import type { QuickSourceResult } from '@/app/desk/claims/actions';
import { sourceGrades } from '@/lib/grading/admiralty';
import { sourceKindLabel, sourceKinds } from '@/lib/sources/source-schema';

export type CitationValues = Record<string, string | undefined>;

// One citation of the claim form: the source (picked, or quick-added without leaving the form), the verbatim
// quote and, where there is one, the original-language text with its translation and translator.
export function CitationFields({
  index,
  values,
  source,
  errors,
  quickAddSource,
  onRemove,
  onPick,
}: {
  index: number;
  values: CitationValues;
  source: PickerOption | null;
  errors: Record<string, string[]>;
  quickAddSource: (values: Record<string, string>) => Promise<QuickSourceResult>;
  onRemove: () => void;
  /** Tells the form a source's name, so it can show it again after a refused save. */
  onPick: (option: PickerOption | null) => void;
}) {
  const [picked, setPicked] = useState<PickerOption | null>(source);
  const [pickerKey, setPickerKey] = useState(0);
  const [adding, setAdding] = useState(false);
  const [quick, setQuick] = useState<Record<string, string>>({ kind: 'NEWS_REPORT', grade: 'F' });
  const [quickErrors, setQuickErrors] = useState<{ message?: string; fields: Record<string, string[]> }>({ fields: {} });
  const name = (field: string) => `citations.${index}.${field}`;
  const fieldId = (field: string) => `citation-${index}-${field}`;
  const errorOf = (field: string) => errors[name(field)];

  async function addSource() {
    const result = await quickAddSource(quick);
    if (!result.ok) {
      setQuickErrors({ message: result.message, fields: result.fields });
      return;
    }
    setPicked(result.source);
    onPick(result.source);
    setPickerKey((key) => key + 1);
    setAdding(false);
    setQuickErrors({ fields: {} });
  }

  const text = (field: string, label: string, { area = false, hint }: { area?: boolean; hint?: string } = {}) => {
    const error = errorOf(field);
    const props = {
      id: fieldId(field),
      name: name(field),
      defaultValue: values[field] ?? '',
      dir: 'auto' as const,
      className: inputClass,
      'aria-invalid': error ? (true as const) : undefined,
      'aria-describedby': error ? `${fieldId(field)}-error` : undefined,
    };
    return (
      <div>
        <label htmlFor={fieldId(field)} className="block font-medium">
          {label}
        </label>
        {hint && <p className="text-sm text-stone-600">{hint}</p>}
        {area ? <textarea {...props} rows={3} /> : <input {...props} />}
        {error && (
          <p id={`${fieldId(field)}-error`} className="mt-1 text-sm font-medium text-red-800">
            {error.join(' ')}
          </p>
        )}
      </div>
    );
  };

  return (
    <fieldset className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <legend className="px-1 font-semibold">Citation {index + 1}</legend>
      {values.id && <input type="hidden" name={name('id')} value={values.id} />}
      <SearchPicker
        key={pickerKey}
        name={name('sourceId')}
        label="Source"
        endpoint="/api/desk/sources"
        initial={picked}
        placeholder="Search by title, publisher or URL"
        errors={errorOf('sourceId')}
        onPick={(option) => {
          setPicked(option);
          onPick(option);
        }}
      />
      {!adding ? (
        <button type="button" className="text-sm font-medium text-blue-800 underline" onClick={() => setAdding(true)}>
          Quick-add a source that is not on record
        </button>
      ) : (
        <div
          className="space-y-2 rounded border border-dashed border-stone-400 p-3"
          role="group"
          aria-label="Quick-add a source"
          onKeyDown={(event) => {
            // Enter here adds the source; it must not submit the claim around it.
            if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
              event.preventDefault();
              void addSource();
            }
          }}
        >
          {quickErrors.message && (
            <p role="alert" className="text-sm font-medium text-red-800">
              {quickErrors.message}
            </p>
          )}
          {(['title', 'url', 'publisher'] as const).map((field) => (
            <div key={field}>
              <label htmlFor={`${fieldId('quick')}-${field}`} className="block text-sm font-medium">
                {{ title: 'Title', url: 'URL', publisher: 'Publisher' }[field]}
              </label>
              <input
                id={`${fieldId('quick')}-${field}`}
                dir="auto"
                className={inputClass}
                value={quick[field] ?? ''}
                aria-invalid={quickErrors.fields[field] ? true : undefined}
                onChange={(event) => setQuick({ ...quick, [field]: event.target.value })}
              />
              {quickErrors.fields[field] && <p className="text-sm text-red-800">{quickErrors.fields[field].join(' ')}</p>}
            </div>
          ))}
          <div className="grid grid-cols-2 gap-2">
            <div>
              <label htmlFor={`${fieldId('quick')}-kind`} className="block text-sm font-medium">Kind</label>
              <select id={`${fieldId('quick')}-kind`} className={inputClass} value={quick.kind} onChange={(event) => setQuick({ ...quick, kind: event.target.value })}>
                {sourceKinds.map((kind) => (
                  <option key={kind} value={kind}>{sourceKindLabel[kind]}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${fieldId('quick')}-grade`} className="block text-sm font-medium">Grade</label>
              <select id={`${fieldId('quick')}-grade`} className={inputClass} value={quick.grade} onChange={(event) => setQuick({ ...quick, grade: event.target.value })}>
                {Object.entries(sourceGrades).map(([grade, { label }]) => (
                  <option key={grade} value={grade}>{grade}: {label}</option>
                ))}
              </select>
            </div>
          </div>
          <div className="flex gap-2">
            <button type="button" className="rounded bg-stone-800 px-3 py-1 text-sm font-medium text-white" onClick={addSource}>
              Add source and use it
            </button>
            <button type="button" className="rounded border border-stone-500 px-3 py-1 text-sm" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {text('quote', 'Quote, word for word', { area: true })}
      <details open={Boolean(values.originalQuote || values.translation)}>
        <summary className="cursor-pointer text-sm font-medium">Original language and translation</summary>
        <div className="mt-2 space-y-3">
          {text('originalQuote', 'Quote in the original language', { area: true })}
          {text('originalLanguage', 'Original language code', { hint: 'For example ar' })}
          {text('translation', 'Translation', { area: true })}
          {text('translator', 'Translated by', { hint: 'For example SITE Intelligence Group' })}
        </div>
      </details>
      <div className="grid gap-3 sm:grid-cols-2">
        {text('locator', 'Where in the source', { hint: 'Paragraph, page or timestamp' })}
        {text('attributedTo', 'Said by (inside the source)')}
      </div>
      <button type="button" onClick={onRemove} className="text-sm font-medium text-red-800 underline">
        Remove citation {index + 1}
      </button>
    </fieldset>
  );
}
