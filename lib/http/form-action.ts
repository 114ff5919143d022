import 'server-only';
import { AppError, fromUnavailableDatabase, type FieldErrors } from '@/lib/errors';

// What a desk form's server action hands back to `useActionState`: a message for the top of the form, one per
// field, and what the user typed so nothing is lost. A stale edit also carries the newer version to compare.
export type FormState = {
  status: 'idle' | 'error' | 'saved';
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, unknown>;
  conflict?: unknown;
};


/** Runs a lib call for a form; an AppError, or a database that is not there, becomes a FormState (so what the
 *  user typed survives an outage); anything else stays an error. */
export async function formAction<T>(values: Record<string, unknown>, run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; state: FormState }> {
  try {
    return { ok: true, value: await run() };
  } catch (caught) {
    const error = fromUnavailableDatabase(caught);
    if (!(error instanceof AppError)) throw error;
    return { ok: false, state: { status: 'error', message: error.message, fields: error.fields, values, conflict: error.details } };
  }
}
