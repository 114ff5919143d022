// The public lists (/sources, /topics) page by position: `?after=` holds the sort values of the previous page's
// last row rather than its id or slug. A row that has left the list since (no longer in published use) still marks
// its place, and an address cannot be used to ask whether a row the list does not show exists.

/** The `after` of the page that follows a row with these sort values. */
export function listPosition(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The sort values `after` holds, or null for anything that is not a position of `count` values. */
export function readListPosition(after: string, count: number): string[] | null {
  // Node's base64url decoder skips characters it does not know: refuse them instead.
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(after)) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === count && values.every((value) => typeof value === 'string')) return values;
  } catch {
    // not JSON: the same answer as any other address that is not a position
  }
  return null;
}

/** A page from rows read one longer than it, in the list's order, and the `after` of the page that follows it if
 *  the extra row says there is one (as splitPage in lib/public-api/cursor.ts does for the API's id cursors). */
export function splitListPage<Row>(rows: Row[], length: number, sortValues: (row: Row) => string[]) {
  const page = rows.slice(0, length);
  return { page, nextAfter: rows.length > length ? listPosition(sortValues(page[page.length - 1])) : null };
}
