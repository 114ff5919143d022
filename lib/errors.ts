import { z } from 'zod';
import { databaseUnavailableMessage, isDatabaseUnavailable } from '@/lib/database/unavailable';

// One error type for every rule the server enforces; the API and the forms turn it into a status or a message.
export type ErrorCode = 'INVALID' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'UNAVAILABLE';

export const httpStatus: Record<ErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAVAILABLE: 503,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field-level messages, keyed by the input's field path ("citations.0.quote"). */
    readonly fields: FieldErrors = {},
    /** Extra members of the error answer: `current` (the newer state a stale edit lost to, to compare with
     *  and reapply to) or `existingSource` (the record a duplicate would repeat). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do that') => new AppError('FORBIDDEN', message);

/** A database that is not there becomes UNAVAILABLE (503, "try again"); anything else is left as it is. */
export function fromUnavailableDatabase(error: unknown): unknown {
  return isDatabaseUnavailable(error) ? new AppError('UNAVAILABLE', databaseUnavailableMessage) : error;
}

/** zod's issues as field messages, with one summary line for the top of a form. */
export function invalid(error: z.ZodError): AppError {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  const count = error.issues.length;
  return new AppError('INVALID', count === 1 ? error.issues[0].message : `${count} fields need attention`, fields);
}

/** Parses input with a schema, or throws INVALID with every field's message. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

/** Prisma's unique violation is a conflict the user can act on; anything else stays an internal error. */
export function fromPrismaError(error: unknown, uniqueMessage: string): unknown {
  if (typeof error === 'object' && error && 'code' in error && (error as { code: unknown }).code === 'P2002') {
    return new AppError('CONFLICT', uniqueMessage);
  }
  return error;
}
