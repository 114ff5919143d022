import { afterEach, describe, expect, it, vi } from 'vitest';

// Next bundles the pages and the routes with a copy each of lib/db.ts: a fresh module registry stands for a copy.

const shared = globalThis as { counterclaimDb?: { $disconnect(): Promise<void> } };

async function importedClient() {
  vi.resetModules();
  return (await import('@/lib/db')).db;
}

describe('the server’s database client', () => {
  afterEach(async () => {
    await shared.counterclaimDb?.$disconnect();
    delete shared.counterclaimDb;
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it.each(['production', 'development'])('is one per process in %s, whichever copy of the module asks', async (environment) => {
    vi.stubEnv('NODE_ENV', environment);
    delete shared.counterclaimDb;
    const pages = await importedClient();
    const routes = await importedClient();
    expect(routes).toBe(pages);
    expect(shared.counterclaimDb).toBe(pages);
  });
});
