import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/claims/get-published-claim';

// Keyset pagination on the row id (UUIDv7, so creation order): the cursor is the last id a page returned,
// wrapped so clients treat it as opaque and we may change what it holds.

export function encodeCursor(id: string) {
  return Buffer.from(JSON.stringify({ after: id })).toString('base64url');
}

const malformed = () => new AppError('INVALID', 'The cursor is not one this API gave out', { cursor: ['Use the nextCursor of a previous page'] });

export function decodeCursor(cursor: string): string {
  // Node's base64url decoder skips characters it does not know; refuse them instead of guessing.
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw malformed();
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const after = parsed && typeof parsed === 'object' ? (parsed as { after?: unknown }).after : undefined;
    if (typeof after === 'string' && isUuid(after)) return after.toLowerCase();
  } catch {
    // falls through to the same answer as any other bad cursor
  }
  throw malformed();
}

/** Search pages by position; a deep page costs as much as all pages before it, so depth is bounded. */
export const maxSearchOffset = 1000;

export function encodeOffsetCursor(offset: number) {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

export function decodeOffsetCursor(cursor: string): number {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw malformed();
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset = parsed && typeof parsed === 'object' ? (parsed as { offset?: unknown }).offset : undefined;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset > 0 && offset <= maxSearchOffset) return offset;
  } catch {
    // falls through to the same answer as any other bad cursor
  }
  throw malformed();
}

/** A page from rows read one longer than it, in id order, and the cursor of the page after it if the extra row
 *  says there is one. */
export function splitPage<T extends { id: string }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  return { page, nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].id) : null };
}
