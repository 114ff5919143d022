import { describe, expect, it } from 'vitest';
import { parseDated, stringifyDated } from '@/lib/public-site/dated-json';

describe('dated JSON, the public record as text', () => {
  it('brings back every Date, nested in objects and arrays, and leaves other values as JSON has them', () => {
    const value = {
      claimedAt: new Date('2014-07-14T00:00:00Z'),
      citations: [{ source: { publishedAt: new Date('2014-07-15T08:30:00Z'), title: 'Long War Journal' } }, { source: { publishedAt: null } }],
      retraction: null,
      statement: 'AQIM reaffirms its allegiance',
      counts: [1, 2.5],
      when: '2014-07-14T00:00:00.000Z',
    };
    const back = parseDated<typeof value>(stringifyDated(value));
    expect(back).toEqual(value);
    expect(back.claimedAt).toBeInstanceOf(Date);
    expect(back.citations[0].source.publishedAt).toBeInstanceOf(Date);
    // A string that looks like a date stays a string.
    expect(typeof back.when).toBe('string');
  });

  it('keeps null, and a top-level Date', () => {
    expect(parseDated(stringifyDated(null))).toBeNull();
    expect(parseDated<Date>(stringifyDated(new Date('2016-01-01T00:00:00Z')))).toEqual(new Date('2016-01-01T00:00:00Z'));
  });
});
