// The public pages' props. getServerSideProps must return JSON where Next serializes the props, and the record
// is full of Dates, so there each Date is written as { "$date": ISO string }. The record's objects have fixed keys,
// none of them "$date" or "$kept", so the markers cannot be forged. Both directions walk the value themselves:
// superjson's walk took about a tenth of the server's time on a claim page.
//
// A page that sends no JavaScript gets its props in the same process, never serialized: there the page's data
// travels whole by reference, as { "$kept": true }, which reviving turns back into the value itself. A marked copy
// for each request cost a seventh of a cached search page's server time; marking and reviving an uncached one's
// 25 claims took 0.65 ms, a contradiction's two 0.05 ms (one after another, 100,000-claim record). Next
// serializes such a page's props only for its data route (/_next/data/…), which the page never asks for, and which
// gets the reference rather than the data. Where the props do leave the server (`next dev` writes them into every
// page), the data is a marked copy.

export type MarkedJson = null | boolean | number | string | MarkedJson[] | { [key: string]: MarkedJson };

/** Each reference's value, for as long as the reference is in use: a request's props. */
const kept = new WeakMap<object, unknown>();

/** The value itself, to be given back by reviveDates in this process: a reference in place of an object. */
export function keepByReference(value: unknown): MarkedJson {
  if (typeof value !== 'object' || value === null) return value as MarkedJson;
  const reference = { $kept: true };
  kept.set(reference, value);
  return reference;
}

/** A copy of the value with each Date replaced by its marker, and undefined properties left out, as JSON does. */
export function markDates(value: unknown): MarkedJson {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (typeof value !== 'object' || value === null) return value as MarkedJson;
  if (Array.isArray(value)) return value.map(markDates);
  const marked: Record<string, MarkedJson> = {};
  for (const [key, property] of Object.entries(value)) if (property !== undefined) marked[key] = markDates(property);
  return marked;
}

/** Turns a reference back into its value, or the markers of a copy into Dates, in place: the caller owns the copy
 *  (it was just parsed, or just marked). Reviving a value twice changes nothing. */
export function reviveDates<T>(value: MarkedJson): T {
  return revive(value) as T;
}

function revive(value: MarkedJson): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  // A frozen value (the published cache hands them out) holds no markers, and cannot be written to.
  if (Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = revive(value[index]) as MarkedJson;
    return value;
  }
  if (value.$kept === true) {
    if (!kept.has(value)) throw new Error('a page got a reference to data it was not given: its props were copied');
    return kept.get(value);
  }
  if (typeof value.$date === 'string') return new Date(value.$date);
  for (const key of Object.keys(value)) value[key] = revive(value[key]) as MarkedJson;
  return value;
}
