/** A query or route parameter as Next gives it: one string, several when the address repeats it, or none. */
export type QueryValue = string | string[] | undefined;

/** The first of a parameter given more than once: `?q=a&q=b` reads as `q=a`, so a link that some tool extended with
 *  a second copy of a parameter still shows what it showed. */
export const firstValue = (value: QueryValue) => (Array.isArray(value) ? value[0] : value);

/** Every parameter of an address as one string, the first of each. */
export const firstValues = (params: Record<string, QueryValue>): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [name, firstValue(value)]));
