import { z } from 'zod';
import { AppError, parseInput } from '@/lib/errors';
import { isoDay, slugPattern, text } from '@/lib/validation/fields';
import { decodeCursor } from './cursor';

// Query strings of the public lists. Strict: a parameter the API does not know is an error, not ignored,
// so a misspelt filter never silently returns the whole record.

const limit = z
  .string()
  .regex(/^\d{1,3}$/, 'Give a whole number from 1 to 100')
  .transform(Number)
  .pipe(z.number().int().min(1, 'Give a whole number from 1 to 100').max(100, 'At most 100 per page'))
  .optional()
  .default(25);

const cursor = z
  .string()
  .transform((value, context) => {
    try {
      return decodeCursor(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof AppError ? error.message : 'Malformed cursor' });
      return z.NEVER;
    }
  })
  .optional();

const slug = text().trim().max(200, 'At most 200 characters').regex(slugPattern, 'A slug is lower-case letters, digits and single hyphens, such as aqim');

export const pageQuery = z.strictObject({ limit, cursor });

export const claimsQuery = pageQuery
  .extend({
    entity: slug.optional(),
    topic: slug.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F'], { error: 'A source grade is one letter from A to F' }).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: '"from" must not be after "to"', path: ['to'] });

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
