import type { FieldErrors } from '@/lib/errors';

// A labelled control with its hint and error messages wired up for screen readers. Uncontrolled: the value the
// user typed comes back from the server in `defaultValue` when a save is refused.
type FieldProps = {
  name: string;
  label: string;
  errors?: FieldErrors;
  hint?: string;
  children: (props: { id: string; name: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => React.ReactNode;
};

export function Field({ name, label, errors, hint, children }: FieldProps) {
  const id = `field-${name.replace(/\W/g, '-')}`;
  const messages = errors?.[name] ?? [];
  const describedBy = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div className="mt-1">{children({ id, name, 'aria-invalid': messages.length ? true : undefined, 'aria-describedby': describedBy })}</div>
      {messages.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}

export const inputClass = 'w-full rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid]:border-red-700';

export function FormMessage({ state }: { state: { status: string; message?: string } }) {
  if (state.status !== 'error' || !state.message) return null;
  return (
    <p role="alert" className="rounded border border-red-400 bg-red-50 p-3 text-red-950">
      {state.message}
    </p>
  );
}

/** What the user typed last time, for `defaultValue`, or the record's own value. */
export function valueOf(values: Record<string, unknown> | undefined, name: string, fallback: unknown = ''): string {
  const value = values && name in values ? values[name] : fallback;
  return value === null || value === undefined ? '' : String(value);
}
