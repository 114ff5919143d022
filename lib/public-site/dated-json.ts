// The public pages' props as plain JSON values with the record's Dates intact: getServerSideProps must return
// JSON, so each Date is written as { "$date": ISO string }. The record's objects have fixed keys, none of them
// "$date", so the marker cannot be forged. Both directions walk the value themselves: superjson's walk took about
// a tenth of the server's time on a claim page. The props stay values, not text: a page that sends no JavaScript
// never has its props serialized, so text only added a stringify and a parse to every page.

export type MarkedJson = null | boolean | number | string | MarkedJson[] | { [key: string]: MarkedJson };

/** A copy of the value with each Date replaced by its marker, and undefined properties left out, as JSON does. */
export function markDates(value: unknown): MarkedJson {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (typeof value !== 'object' || value === null) return value as MarkedJson;
  if (Array.isArray(value)) return value.map(markDates);
  const marked: Record<string, MarkedJson> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) marked[key] = markDates(item);
  return marked;
}

/** Turns the markers back into Dates, in place: the caller owns the value (it was just parsed, or just marked).
 *  Reviving a value twice changes nothing. */
export function reviveDates<T>(value: MarkedJson): T {
  return revive(value) as T;
}

function revive(value: MarkedJson): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = revive(value[index]) as MarkedJson;
    return value;
  }
  if (typeof value.$date === 'string') return new Date(value.$date);
  for (const key of Object.keys(value)) value[key] = revive(value[key]) as MarkedJson;
  return value;
}
