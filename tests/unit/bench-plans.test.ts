import { describe, expect, it } from 'vitest';
import { parsePlans } from '@/bench/explain';

// auto_explain's log as Postgres writes it: an entry's first line, then tab-indented lines.
const entry = (ms: number, query: string, plan: string[]) =>
  [`2026-11-22 04:30:00.000 UTC [123] LOG:  duration: ${ms} ms  plan:`, `\tQuery Text: ${query}`, ...plan.map((line) => `\t${line}`)].join('\n');

describe('the benchmark’s query plans', () => {
  it('are the route’s statements, with the rows each sequential scan read, not the server’s background work', () => {
    const log = [
      entry(1.5, 'SELECT * FROM "Claim" WHERE status = $1', [
        'Seq Scan on "Claim"  (cost=0.00..10.00 rows=5 width=8) (actual time=0.010..0.900 rows=5.00 loops=1)',
        '  Filter: (status = \'APPROVED\')',
        '  Rows Removed by Filter: 95',
      ]),
      entry(0.08, 'SELECT counterclaim_refill_claim_json($1::integer) AS refilled', ['Result  (cost=0.00..0.26 rows=1 width=4) (actual time=0.070..0.070 rows=1.00 loops=1)']),
    ].join('\n');
    expect(parsePlans(log)).toEqual([{ durationMs: 1.5, query: 'SELECT * FROM "Claim" WHERE status = $1', seqScans: [{ table: 'Claim', rows: 100 }] }]);
  });
});
