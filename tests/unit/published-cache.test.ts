import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedPublicRead, publishedRecordChanged } from '@/lib/public-site/published-cache';

// The public reads' cache, as the Next.js server uses it. Outside the server (scripts, these tests' other files)
// nothing is cached; the server is recognised by the incremental cache Next puts on globalThis.

const server = globalThis as { __incrementalCache?: unknown };

/** A reader that counts its reads and returns a fresh record each time, as the database does. */
function countingReader() {
  const reader = {
    reads: 0,
    read: async (id: string) => {
      reader.reads++;
      return { id, claimedAt: new Date('2014-07-14T00:00:00Z'), citations: [{ quote: 'AQIM reaffirms its allegiance', read: reader.reads }] };
    },
  };
  return reader;
}

describe('the public reads cache', () => {
  beforeEach(() => {
    server.__incrementalCache = {};
    publishedRecordChanged();
  });
  afterEach(() => {
    delete server.__incrementalCache;
  });

  it('reads once per name and arguments until the published record changes, then reads again', async () => {
    const reader = countingReader();
    const cached = cachedPublicRead('claim', reader.read);
    const first = await cached('a');
    expect(await cached('a')).toBe(first);
    await cached('b');
    expect(reader.reads).toBe(2);
    publishedRecordChanged();
    expect((await cached('a')).citations[0].read).toBe(3);
    expect(reader.reads).toBe(3);
  });

  it('hands out frozen values, so one reader cannot change what the next gets', async () => {
    const value = await cachedPublicRead('frozen', countingReader().read)('a');
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.citations[0])).toBe(true);
    expect(() => {
      (value.citations as unknown[]).push('tampered');
    }).toThrow(TypeError);
    expect(value.claimedAt).toBeInstanceOf(Date);
  });

  it('does not keep a read that was under way when the record changed', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const reader = countingReader();
    const cached = cachedPublicRead('overlap', async (id: string) => {
      await gate;
      return reader.read(id);
    });
    const during = cached('a');
    publishedRecordChanged();
    finish();
    expect((await during).citations[0].read).toBe(1);
    expect((await cached('a')).citations[0].read).toBe(2);
  });

  it('caches nothing outside the Next.js server', async () => {
    delete server.__incrementalCache;
    const reader = countingReader();
    const cached = cachedPublicRead('script', reader.read);
    await cached('a');
    await cached('a');
    expect(reader.reads).toBe(2);
  });
});
