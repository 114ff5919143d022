import { z } from 'zod';
import { AppError, parseInput } from '@/lib/errors';
import { isoDay, optional, slugPattern, text } from '@/lib/validation/fields';
import { searchTermLength } from '@/lib/search/limits';
import { decodeCursor, decodeOffsetCursor } from './cursor';

// Query strings of the public lists. Strict: a parameter the API does not know is an error, not ignored,
// so a misspelt filter never silently returns the whole record.

const limitUpTo = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,3}$/, `Give a whole number from 1 to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(1, `Give a whole number from 1 to ${max}`).max(max, `At most ${max} per page`))
    .optional()
    .default(fallback);

const limit = limitUpTo(100, 25);

/** An opaque cursor this API gave out, decoded; anything else is refused with the decoder's message. */
const cursorDecodedBy = <T>(decode: (cursor: string) => T) =>
  z
    .string()
    .transform((value, context) => {
      try {
        return decode(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: error instanceof AppError ? error.message : 'Malformed cursor' });
        return z.NEVER;
      }
    })
    .optional();

const cursor = cursorDecodedBy(decodeCursor);

const slug = text().trim().max(200, 'At most 200 characters').regex(slugPattern, 'A slug is lower-case letters, digits and single hyphens, such as aqim');

export const pageQuery = z.strictObject({ limit, cursor });

// The filters the claim list, the search API and the search page share. A form sends '' for a filter left
// empty, so blank means "not given" here.
const claimFilters = {
  entity: optional(slug),
  topic: optional(slug),
  from: optional(isoDay),
  to: optional(isoDay),
  grade: optional(z.enum(['A', 'B', 'C', 'D', 'E', 'F'], { error: 'A source grade is one letter from A to F' })),
  kind: optional(z.enum(['CONTRADICTS', 'SUPPORTS', 'SUPERSEDES', 'QUALIFIES'], { error: 'A link kind is CONTRADICTS, SUPPORTS, SUPERSEDES or QUALIFIES' })),
};

const fromNotAfterTo: [(query: { from?: Date; to?: Date }) => boolean, { message: string; path: string[] }] = [
  (query) => !query.from || !query.to || query.from <= query.to,
  { message: '"from" must not be after "to"', path: ['to'] },
];

export const claimsQuery = pageQuery.extend(claimFilters).refine(...fromNotAfterTo);

export type ClaimFilters = Omit<z.infer<typeof claimsQuery>, 'limit' | 'cursor'>;

/** Search ranks its results, so its pages follow each other by position rather than by id. */
export const searchQuery = z
  .strictObject({
    q: optional(text().trim().max(searchTermLength, `At most ${searchTermLength} characters`)),
    limit: limitUpTo(50, 20),
    cursor: cursorDecodedBy(decodeOffsetCursor),
    ...claimFilters,
  })
  .refine(...fromNotAfterTo);

export type SearchQuery = z.infer<typeof searchQuery>;

export const contradictionsQuery = pageQuery.extend({ entity: slug.optional(), topic: slug.optional() });

/** The request's query as one value per name; a repeated name is refused rather than half-read. */
export function parseQuery<T extends z.ZodType>(schema: T, url: URL): z.infer<T> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (name in query) throw new AppError('INVALID', `Give "${name}" once`, { [name]: ['Given more than once'] });
    query[name] = value;
  }
  return parseInput(schema, query);
}

/** A single item takes no parameters. */
export const noQuery = z.strictObject({});
