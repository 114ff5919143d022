import { describe, expect, it } from 'vitest';
import { runBenchmark } from '@/bench/run-benchmark';

// `npm run bench` in small: 1,000 claims, a second per route, against the production build. It checks that the
// harness runs end to end and that every route it measures answers 200; the figures are only ever reported
// (by `npm run bench`), never asserted.
describe('the benchmark harness', () => {
  it('measures every route at 1,000 claims, each answering only 200, and imports through both write paths', { timeout: 900_000 }, async () => {
    const log: string[] = [];
    const results = await runBenchmark({ claims: 1_000, secondsPerRoute: 1, connections: 2, importClaims: 50, log: (message) => log.push(message), revision: () => 'smoke test' });
    // A route's first visits always complete; under load, a slow machine may finish few requests in a second, but
    // every one it finishes must be a 200.
    const answered = (route: (typeof results.routes)[number]) => ({
      firstAnswers: route.firstAnswers,
      otherStatuses: Object.keys(route.statuses).filter((status) => status !== '200'),
      errors: route.errors,
    });
    // Two first visits per route, or one where the route has a single address.
    const expected = (route: (typeof results.routes)[number]) => ({ firstAnswers: Array(Math.min(2, route.addresses)).fill(200), otherStatuses: [], errors: 0 });
    expect(Object.fromEntries(results.routes.map((route) => [route.name, answered(route)])), log.join('\n')).toEqual(
      Object.fromEntries(results.routes.map((route) => [route.name, expected(route)])),
    );
    // Every claim went in through both write paths: all in one batch, and one per request.
    const { batch, single } = results.bulkImport;
    expect({ batch: [batch.statuses, batch.created], single: [single.statuses, single.created] }).toEqual({ batch: [{ 201: batch.requests }, 50], single: [{ 201: 50 }, 50] });
    expect(Object.keys(results.plans).length).toBeGreaterThan(0);
    // Postgres counted the statements the routes' reads sent, not only the server's own polling.
    expect(results.statements.costliest.some((statement) => statement.prepared)).toBe(true);
  });
});
