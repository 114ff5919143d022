import { describe, expect, it } from 'vitest';
import { keepByReference, markDates, reviveDates } from '@/lib/public-site/dated-json';

/** What JSON does to a page's props (`next dev` checks that they survive it). */
const throughJson = <T>(value: unknown): T => reviveDates<T>(JSON.parse(JSON.stringify(markDates(value))));

describe('dated JSON, the public record as plain JSON values', () => {
  const value = {
    claimedAt: new Date('2014-07-14T00:00:00Z'),
    citations: [{ source: { publishedAt: new Date('2014-07-15T08:30:00Z'), title: 'Long War Journal' } }, { source: { publishedAt: null } }],
    retraction: null,
    statement: 'AQIM reaffirms its allegiance',
    counts: [1, 2.5],
    when: '2014-07-14T00:00:00.000Z',
  };

  it('brings back every Date through JSON, nested in objects and arrays, and leaves other values as JSON has them', () => {
    const back = throughJson<typeof value>(value);
    expect(back).toEqual(value);
    expect(back.claimedAt).toBeInstanceOf(Date);
    expect(back.citations[0].source.publishedAt).toBeInstanceOf(Date);
    // A string that looks like a date stays a string.
    expect(typeof back.when).toBe('string');
  });

  it('marks a copy, leaves undefined properties out as JSON does, and revives the same value twice to the same result', () => {
    const marked = markDates({ ...value, note: undefined });
    expect(value.claimedAt).toBeInstanceOf(Date);
    expect(marked).not.toHaveProperty('note');
    expect(marked).toMatchObject({ claimedAt: { $date: '2014-07-14T00:00:00.000Z' } });
    const once = reviveDates<typeof value>(marked);
    expect(reviveDates<typeof value>(once as never)).toEqual(value);
  });

  it('keeps null, and a top-level Date', () => {
    expect(throughJson(null)).toBeNull();
    expect(throughJson<Date>(new Date('2016-01-01T00:00:00Z'))).toEqual(new Date('2016-01-01T00:00:00Z'));
  });

  it('passes data by reference, not by copy, and revives the reference to the data itself, untouched', () => {
    const cached = deepFrozen({ claims: [{ claimedAt: new Date('2014-07-14T00:00:00Z'), statement: 'AQIM backs ISIS' }] });
    const data = { query: 'AQIM', cached, readAt: new Date('2016-01-01T00:00:00Z'), note: undefined };
    const firstRequest = keepByReference(data);
    const secondRequest = keepByReference(data);
    // A plain JSON value, as getServerSideProps must return, holding no copy of the data.
    expect(JSON.parse(JSON.stringify(firstRequest))).toEqual({ $kept: true });
    expect(secondRequest).not.toBe(firstRequest);
    expect(reviveDates(firstRequest)).toBe(data);
    expect(reviveDates(secondRequest)).toBe(data);
    expect(reviveDates(reviveDates(firstRequest) as never)).toBe(data);
    expect(data.readAt).toBeInstanceOf(Date);
    expect(cached.claims[0].claimedAt).toBeInstanceOf(Date);
    expect(keepByReference(null)).toBeNull();
  });

  it('copies a frozen value when the props will be serialized, as `next dev` does for every page', () => {
    const cached = deepFrozen({ claimedAt: new Date('2014-07-14T00:00:00Z'), statement: 'AQIM backs ISIS' });
    const marked = markDates({ cached });
    expect(JSON.parse(JSON.stringify(marked))).toEqual({ cached: { claimedAt: { $date: '2014-07-14T00:00:00.000Z' }, statement: 'AQIM backs ISIS' } });
    expect(reviveDates<{ cached: typeof cached }>(JSON.parse(JSON.stringify(marked)))).toEqual({ cached });
  });

  it('refuses a reference that was copied rather than passed, instead of rendering a page without its data', () => {
    const copied = JSON.parse(JSON.stringify(keepByReference({ statement: 'AQIM backs ISIS' })));
    expect(() => reviveDates(copied)).toThrow(/copied/);
  });
});

function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) for (const item of Object.values(value)) deepFrozen(item);
  return Object.freeze(value);
}
