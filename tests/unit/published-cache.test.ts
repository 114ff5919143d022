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

/** A counting reader whose reads can be held back, as a slow database's are. */
function slowReader() {
  const reader = countingReader();
  let held: Promise<void> = Promise.resolve();
  return {
    reader,
    read: async (id: string) => {
      await held;
      return reader.read(id);
    },
    /** Reads from now on wait until the function returned is called. */
    holdBack() {
      let release!: () => void;
      held = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
    /** Reads from now on go at once; those held back before still wait for their release. */
    letThrough() {
      held = Promise.resolve();
    },
  };
}

describe('the public reads cache', () => {
  beforeEach(() => {
    server.__incrementalCache = {};
    publishedRecordChanged();
  });
  afterEach(() => {
    delete server.__incrementalCache;
  });

  it('keeps a value from its second read until the published record changes, then from the next read', async () => {
    const reader = countingReader();
    const cached = cachedPublicRead('claim', reader.read);
    await cached('a');
    const kept = await cached('a');
    expect(await cached('a')).toBe(kept);
    expect(reader.reads).toBe(2);
    await cached('b');
    expect(reader.reads).toBe(3);
    publishedRecordChanged();
    // A key read before is read again once, and kept at once.
    const again = await cached('a');
    expect(again.citations[0].read).toBe(4);
    expect(await cached('a')).toBe(again);
    expect(reader.reads).toBe(4);
  });

  it('keeps nothing read once, so that single reads do not push out the values read again', async () => {
    let reads = 0;
    // Large values: a hundred of them are several times what the cache may hold.
    const cached = cachedPublicRead('tail', async (id: string) => ({ id, read: ++reads, statement: 'x'.repeat(100_000) }));
    await cached('popular');
    const popular = await cached('popular');
    for (let index = 0; index < 100; index++) await cached(`once-${index}`);
    expect(await cached('popular')).toBe(popular);
    expect(reads).toBe(2 + 100);
  });

  it('hands out the values it keeps frozen, so one reader cannot change what the next gets', async () => {
    const cached = cachedPublicRead('frozen', countingReader().read);
    expect(Object.isFrozen(await cached('a'))).toBe(false);
    const value = await cached('a');
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.citations[0])).toBe(true);
    expect(() => {
      (value.citations as unknown[]).push('tampered');
    }).toThrow(TypeError);
    expect(value.claimedAt).toBeInstanceOf(Date);
  });

  it('does not keep a read that was under way when the record changed', async () => {
    const slow = slowReader();
    const cached = cachedPublicRead('overlap', slow.read);
    await cached('a');
    const release = slow.holdBack();
    const during = cached('a');
    publishedRecordChanged();
    release();
    expect((await during).citations[0].read).toBe(2);
    expect((await cached('a')).citations[0].read).toBe(3);
    expect((await cached('a')).citations[0].read).toBe(3);
  });

  it('reads once for all who ask while the same read is under way, and keeps what they share frozen', async () => {
    const slow = slowReader();
    const release = slow.holdBack();
    const cached = cachedPublicRead('together', slow.read);
    const asked = [cached('a'), cached('a'), cached('a')];
    const other = cached('b');
    release();
    const [first, ...rest] = await Promise.all(asked);
    for (const value of rest) expect(value).toBe(first);
    expect(Object.isFrozen(first.citations[0])).toBe(true);
    expect((await other).citations[0].read).not.toBe(first.citations[0].read);
    expect(slow.reader.reads).toBe(2);
    // Asked for three times, it is kept.
    expect(await cached('a')).toBe(first);
    expect(slow.reader.reads).toBe(2);
  });

  it('does not make a caller who asks after the record changed wait for a read begun before', async () => {
    const slow = slowReader();
    const release = slow.holdBack();
    const cached = cachedPublicRead('after-change', slow.read);
    const before = cached('a');
    publishedRecordChanged();
    slow.letThrough();
    // Answered while the read begun before is still held back: a read of its own.
    const after = await cached('a');
    expect(after.citations[0].read).toBe(1);
    release();
    expect((await before).citations[0].read).toBe(2);
    expect(slow.reader.reads).toBe(2);
  });

  it('fails every caller waiting for a read that fails, and reads again for the next', async () => {
    let fail!: (error: Error) => void;
    let reads = 0;
    const cached = cachedPublicRead('failing', async (id: string) => {
      reads++;
      if (reads === 1) await new Promise<void>((_, reject) => (fail = reject));
      return { id, read: reads };
    });
    const asked = [cached('a'), cached('a')];
    fail(new Error('the database is unavailable'));
    for (const value of asked) await expect(value).rejects.toThrow('the database is unavailable');
    expect((await cached('a')).read).toBe(2);
  });

  it('caches nothing outside the Next.js server', async () => {
    delete server.__incrementalCache;
    const reader = countingReader();
    const cached = cachedPublicRead('script', reader.read);
    await cached('a');
    await cached('a');
    await cached('a');
    expect(reader.reads).toBe(3);
  });
});
