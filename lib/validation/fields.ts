import { z } from 'zod';

// Field schemas shared by the desk's forms and the write API. Forms send '' for an empty field; the API may
// send null or leave it out: all three mean "not given".
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

// Postgres text cannot hold NUL, and an unpaired surrogate (JSON can carry one; a form cannot) would be stored as
// U+FFFD. Such text is refused with a message, rather than failing in the database or changing on the way in.
const unstorable = /[\u0000\p{Cs}]/u;
export const isStorableText = (value: string) => !unstorable.test(value);
export const unstorableMessage = 'Remove the NUL or broken character in this text';

/** Every free text the server takes, from a form, the API or an address, starts here. */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isStorableText, unstorableMessage);

/** Lower-case ASCII words joined by hyphens: the addresses of entities and topics. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const requiredText = (max: number, emptyMessage: string) =>
  text({ error: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(max, `At most ${max.toLocaleString('en')} characters`);

export const optionalText = (max: number) => optional(text().trim().max(max, `At most ${max.toLocaleString('en')} characters`));

/** Text that is never null in the database: "not given" becomes ''. */
export const noteText = (max: number) =>
  z.preprocess((value) => (value === null || value === undefined ? '' : value), text().trim().max(max, `At most ${max.toLocaleString('en')} characters`));

export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'At most 2,000 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'Enter an http:// or https:// address');

/** A calendar day, YYYY-MM-DD, as midnight UTC. */
export const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')
  .transform((value, context) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      context.addIssue({ code: 'custom', message: 'Enter a real date' });
      return z.NEVER;
    }
    return date;
  });

export const notInFuture = (date: Date | undefined) => !date || date.getTime() <= Date.now();

/** Lower-cased, so the same id written in capitals compares and sorts as Postgres does. */
export const uuid = z.uuid({ error: 'Not a valid id' }).transform((id) => id.toLowerCase());

export const version = z.coerce.number({ error: 'Say which version you edited' }).int().min(1, 'Say which version you edited');

export const dayString = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : '');

/** PATCH semantics: a field the caller sent is set (blank or null clears it), a field left out is kept. */
export function presentFields<T extends Record<string, unknown>, K extends keyof T & string>(raw: unknown, parsed: T, keys: readonly K[]) {
  const sent = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const data: { [P in K]?: Exclude<T[P], undefined> | null } = {};
  for (const key of keys) if (key in sent) data[key] = (parsed[key] ?? null) as Exclude<T[K], undefined> | null;
  return data;
}
