import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient, type Database } from '@/lib/database/prisma-client';
import { startThrowawayPostgres } from '@/lib/database/throwaway-postgres';
import { isDatabaseUnavailable } from '@/lib/database/unavailable';
import { applyMigrations } from '@/lib/migrations/migrations';

// The errors a real database raises when it goes away, as the app meets them: mid-query, mid-transaction and
// after; then the public API's answer while it is away, and that the app's pool recovers once it is back.
let postgres: Awaited<ReturnType<typeof startThrowawayPostgres>>;
let database: Database;
const caught = (run: () => Promise<unknown>) => run().then(() => null, (error: unknown) => error);

beforeAll(async () => {
  postgres = await startThrowawayPostgres('unavailable');
  const url = await postgres.createDatabase('unavailable');
  await applyMigrations(url);
  database = createPrismaClient(url);
  // The route below builds the app's own client (lib/db.ts) on this server.
  delete (globalThis as { counterclaimDb?: unknown }).counterclaimDb;
  vi.stubEnv('DATABASE_URL', url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.$disconnect();
  await postgres.stop();
});

describe('a database that goes away', () => {
  it('is told apart from other failures, in flight, in a transaction and after', async () => {
    expect(isDatabaseUnavailable(await caught(() => database.$queryRaw`SELECT 1 / 0`))).toBe(false);
    const inFlight = caught(() => database.$queryRaw`SELECT pg_sleep(30)::text`);
    const inTransaction = caught(() => database.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(30)::text`));
    // Both queries are running once the server lists them; then the server stops under them.
    await expect.poll(async () => (await database.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()`)[0].n).toBe(2);
    await postgres.stopServer();
    expect(isDatabaseUnavailable(await inFlight)).toBe(true);
    expect(isDatabaseUnavailable(await inTransaction)).toBe(true);
    expect(isDatabaseUnavailable(await caught(() => database.$queryRaw`SELECT 1`))).toBe(true);
    expect(isDatabaseUnavailable(await caught(() => database.$transaction(async (tx) => tx.$queryRaw`SELECT 1`)))).toBe(true);
    await postgres.startServer();
    expect(await database.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it('makes the public API answer 503 with a message and Retry-After, then serve again without a restart', async () => {
    const { GET } = await import('@/app/api/v1/topics/route');
    const list = () => GET(new Request('http://localhost/api/v1/topics'), { params: Promise.resolve({}) });
    await postgres.stopServer();
    const down = await list();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect((await down.json()).error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/cannot reach its database/) });
    await postgres.startServer();
    expect((await list()).status).toBe(200);
  });

  it('makes the feed and the exports answer 503 with the same message, in plain text, and Retry-After', async () => {
    const feed = (await import('@/app/feed.xml/route')).GET;
    const [csv, json] = await Promise.all([import('@/app/export/claims.csv/route'), import('@/app/export/claims.json/route')]);
    const routes = [() => feed(), () => csv.GET(new Request('http://localhost/export/claims.csv')), () => json.GET(new Request('http://localhost/export/claims.json'))];
    await postgres.stopServer();
    for (const route of routes) {
      const down = await route();
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      expect(down.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await down.text()).toMatch(/cannot reach its database/);
    }
    await postgres.startServer();
    for (const route of routes) expect((await route()).status).toBe(200);
  });
});
