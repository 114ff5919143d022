// The public pages' props as plain JSON values with the record's Dates intact: getServerSideProps must return
// JSON, so each Date is written as { "$date": ISO string }. The record's objects have fixed keys, none of them
// "$date" or "$kept", so the markers cannot be forged. Both directions walk the value themselves: superjson's walk
// took about a tenth of the server's time on a claim page. The props stay values, not text: a page that sends no
// JavaScript never has its props serialized, so text only added a stringify and a parse to every page.
//
// A frozen value cannot change, and the published cache hands out frozen values, so where the props stay on the
// server one travels by reference: its place holds { "$kept": true }, which reviving turns back into the value
// itself. A marked copy made for each request cost a seventh of a cached search page's server time; kept beside
// each cached value for the next request, the copies doubled what the cache held in the heap, and every major
// collection marked them. A page without JavaScript gets its props in the same process; Next serializes them only
// for its data route (/_next/data/…), which such a page never asks for, and which gets the markers rather than the
// value. Where the props do leave the server (`next dev` writes them into every page), frozen values are copied.

export type MarkedJson = null | boolean | number | string | MarkedJson[] | { [key: string]: MarkedJson };

/** Each reference's frozen value, for as long as the reference is in use: a request's props. */
const kept = new WeakMap<object, unknown>();

/** A copy of the value with each Date replaced by its marker, each frozen value by a reference to it unless the
 *  props will be serialized (`copyFrozen`), and undefined properties left out, as JSON does. */
export function markDates(value: unknown, { copyFrozen = false } = {}): MarkedJson {
  const mark = (item: unknown): MarkedJson => {
    if (item instanceof Date) return { $date: item.toISOString() };
    if (typeof item !== 'object' || item === null) return item as MarkedJson;
    if (!copyFrozen && Object.isFrozen(item)) {
      const reference = { $kept: true };
      kept.set(reference, item);
      return reference;
    }
    if (Array.isArray(item)) return item.map(mark);
    const marked: Record<string, MarkedJson> = {};
    for (const [key, property] of Object.entries(item)) if (property !== undefined) marked[key] = mark(property);
    return marked;
  };
  return mark(value);
}

/** Turns the markers back into Dates and the references into their values, in place: the caller owns the value (it
 *  was just parsed, or just marked). Reviving a value twice changes nothing. */
export function reviveDates<T>(value: MarkedJson): T {
  return revive(value) as T;
}

function revive(value: MarkedJson): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  // A frozen value is one a reference already gave back: it holds no markers, and cannot be written to.
  if (Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = revive(value[index]) as MarkedJson;
    return value;
  }
  if (value.$kept === true) {
    if (!kept.has(value)) throw new Error('a page got a reference to a cached value it was not given: its props were copied');
    return kept.get(value);
  }
  if (typeof value.$date === 'string') return new Date(value.$date);
  for (const key of Object.keys(value)) value[key] = revive(value[key]) as MarkedJson;
  return value;
}
