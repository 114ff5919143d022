import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient, queryRows, type Database } from '@/lib/database/prisma-client';
import { Prisma } from '@/lib/generated/prisma/client';
import { testDatabaseUrl, testDb } from '../setup/databases';

// The public reads send their SQL through pg on Prisma's own pool (queryRows), not through $queryRaw: they must get
// the values $queryRaw would give, whatever the server's time zone.

let db: Database;
const zone = process.env.TZ;
beforeAll(() => {
  db = testDb();
  // pg reads days and moments without a zone in the local time: a zone far from UTC shows whether they are read as UTC.
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(async () => {
  process.env.TZ = zone;
  await db.$disconnect();
});

const statement = (moment: Date) => Prisma.sql`
  SELECT '2014-07-02'::date AS day, ${moment}::timestamp(3) AS moment, 9007199254740993::bigint AS big, 42 AS small,
    true AS yes, 'text' AS words, ARRAY['a', 'b']::text[] AS list, '01a24abe-e9ee-7775-aae9-9443737b0aac'::uuid AS id,
    json_build_object('at', '2014-07-02', 'n', 1) AS document, NULL::text AS nothing,
    (SELECT count(*) FROM "public"."Claim" WHERE false) AS none`;

describe('rows read through the pool', () => {
  it('hold the same values as $queryRaw’s, days and moments in UTC and bigints as BigInt', async () => {
    const moment = new Date('2014-07-14T23:30:00.123Z');
    const [byPool] = await queryRows<Record<string, unknown>>(db, statement(moment));
    const [byPrisma] = await db.$queryRaw<Record<string, unknown>[]>(statement(moment));
    expect(byPool).toEqual(byPrisma);
    expect(byPool).toMatchObject({ day: new Date('2014-07-02T00:00:00Z'), moment, big: 9007199254740993n, none: 0n, list: ['a', 'b'], document: { at: '2014-07-02', n: 1 } });
  });

  it('survive their idle connection dying before Prisma has ever connected, and read again', async () => {
    const fresh = createPrismaClient(testDatabaseUrl());
    try {
      const pid = async () => (await queryRows<{ pid: number }>(fresh, Prisma.sql`SELECT pg_backend_pid() AS pid`))[0].pid;
      const before = await pid();
      await db.$queryRaw`SELECT pg_terminate_backend(${before}::int)`;
      // The pool hears of it as an 'error' on the idle connection, which, unheard, would end the process.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await pid()).not.toBe(before);
    } finally {
      await fresh.$disconnect();
    }
  });

  it('reach the pool of a client that another copy of the module made, as Next’s two bundles share one in development', async () => {
    vi.resetModules();
    const otherCopy = await import('@/lib/database/prisma-client');
    expect(otherCopy.queryRows).not.toBe(queryRows);
    expect(await otherCopy.queryRows<{ n: number }>(db, Prisma.sql`SELECT 7 AS n`)).toEqual([{ n: 7 }]);
  });

  it('are refused, with the reason, once the client has disconnected', async () => {
    const fresh = createPrismaClient(testDatabaseUrl());
    expect(await queryRows(fresh, Prisma.sql`SELECT 1 AS n`)).toEqual([{ n: 1 }]);
    await fresh.$queryRaw`SELECT 1`;
    await fresh.$disconnect();
    await expect(queryRows(fresh, Prisma.sql`SELECT 1`)).rejects.toThrow(/after its \$disconnect/);
  });

  it('refuse a client queryRows did not make', async () => {
    await expect(queryRows({} as Database, Prisma.sql`SELECT 1`)).rejects.toThrow(/createPrismaClient/);
  });
});
