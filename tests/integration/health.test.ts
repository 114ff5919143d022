import { afterEach, describe, expect, it, vi } from 'vitest';

// The route handler itself, against the test database and against one that is not there.
type Db = { $disconnect: () => Promise<void> };
const cached = globalThis as { counterclaimDb?: Db };

async function healthRoute(databaseUrl: string) {
  vi.resetModules();
  delete cached.counterclaimDb;
  vi.stubEnv('DATABASE_URL', databaseUrl);
  return import('@/app/api/health/route');
}

afterEach(async () => {
  vi.unstubAllEnvs();
  await cached.counterclaimDb?.$disconnect();
  delete cached.counterclaimDb;
});

describe('GET /api/health', () => {
  it('answers 200 with the database reachable', async () => {
    const { GET } = await healthRoute(process.env.DATABASE_URL!);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 503 with a reason when the database is unreachable', async () => {
    const { GET } = await healthRoute('postgresql://nobody:secret@127.0.0.1:9/none');
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = await response.json();
    expect(body).toMatchObject({ status: 'unavailable', db: 'unreachable' });
    expect(body.reason).toMatch(/^database unreachable/);
    expect(body.reason).not.toMatch(/secret|nobody|127\.0\.0\.1/);
  });
});
