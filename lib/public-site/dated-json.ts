// The public pages' props as plain JSON values with the record's Dates intact: getServerSideProps must return
// JSON, so each Date is written as { "$date": ISO string }. The record's objects have fixed keys, none of them
// "$date", so the marker cannot be forged. Both directions walk the value themselves: superjson's walk took about
// a tenth of the server's time on a claim page. The props stay values, not text: a page that sends no JavaScript
// never has its props serialized, so text only added a stringify and a parse to every page.
//
// A frozen value cannot change, and the published cache hands out frozen values, so its marked copy is made once and
// reviving that copy gives back the value itself. Marking and reviving the same cached topics and results on every
// request took a seventh of a cached search page's server time.

export type MarkedJson = null | boolean | number | string | MarkedJson[] | { [key: string]: MarkedJson };

/** A copy of the value with each Date replaced by its marker, and undefined properties left out, as JSON does;
 *  a frozen value without Dates is returned as it is. */
export function markDates(value: unknown): MarkedJson {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (typeof value !== 'object' || value === null) return value as MarkedJson;
  const known = markedCopies.get(value);
  if (known !== undefined) return known;
  const marked = Array.isArray(value) ? value.map(markDates) : markObject(value);
  if (!Object.isFrozen(value)) return marked;
  // A frozen value with no Date anywhere in it is plain JSON already, and its own marked copy: a cached topic list
  // or a claim's entities are kept once, not twice.
  const result = sameItems(value, marked) ? (value as MarkedJson) : (Object.freeze(marked) as MarkedJson);
  markedCopies.set(value, result);
  if (result !== value) originals.set(result as object, value);
  return result;
}

function sameItems(value: object, marked: MarkedJson) {
  const before = Object.values(value);
  const after = Object.values(marked as object);
  return before.length === after.length && before.every((item, index) => item === after[index]);
}

function markObject(value: object) {
  const marked: Record<string, MarkedJson> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) marked[key] = markDates(item);
  return marked;
}

/** A frozen value's marked copy, and back: both are kept only as long as the value is. */
const markedCopies = new WeakMap<object, MarkedJson>();
const originals = new WeakMap<object, unknown>();

/** Turns the markers back into Dates, in place: the caller owns the value (it was just parsed, or just marked).
 *  A frozen value's marked copy becomes that value again. Reviving a value twice changes nothing. */
export function reviveDates<T>(value: MarkedJson): T {
  return revive(value) as T;
}

function revive(value: MarkedJson): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const original = originals.get(value);
  if (original !== undefined) return original;
  // Any other frozen value is one that was its own marked copy: it holds no markers, and cannot be written to.
  if (Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = revive(value[index]) as MarkedJson;
    return value;
  }
  if (typeof value.$date === 'string') return new Date(value.$date);
  for (const key of Object.keys(value)) value[key] = revive(value[key]) as MarkedJson;
  return value;
}
