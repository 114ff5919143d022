// The public record as JSON text with its Dates intact, for the data cache and the public pages' props. Native
// JSON with a marker for each Date: superjson's walk of every value took a tenth of the server's time on a
// claim page. The record's objects have fixed keys, none of them "$date", so the marker cannot be forged.

type DateMarker = { $date: string };

const isDateMarker = (value: unknown): value is DateMarker =>
  typeof value === 'object' && value !== null && typeof (value as DateMarker).$date === 'string' && Object.keys(value).length === 1;

export function stringifyDated(value: unknown): string {
  // By the time the replacer sees a Date, toJSON has made it a string; the holder still has the Date.
  return JSON.stringify(value, function (this: Record<string, unknown>, key, replaced: unknown) {
    return this[key] instanceof Date ? { $date: replaced } : replaced;
  });
}

export function parseDated<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => (isDateMarker(value) ? new Date(value.$date) : value)) as T;
}
