import { describe, expect, it } from 'vitest';
import { summarizeStatements, type CountedStatement } from '@/bench/statements';

const counted = (query: string, calls: number, plans: number, planMs = plans, runMs = calls): CountedStatement => ({ query, calls: String(calls), plans: String(plans), planMs, runMs });

// A prepared statement names its tables with the schema (lib/database/prisma-client.ts); search's do not.
const prepared = 'SELECT c.id FROM "public"."Claim" c WHERE c.id = $1::uuid';
const searched = 'SELECT "claimId" FROM "PublishedClaimSearch" WHERE "document" @@ $1';

describe('the benchmark’s statements', () => {
  it('are judged on the calls after those every connection plans before keeping a plan', () => {
    // 20 connections: up to 120 plans for a statement that keeps its plan on each.
    const judged = (calls: number, plans: number, query = prepared) => summarizeStatements([counted(query, calls, plans)], 20).costliest[0].replannedOnMostCalls;
    expect({
      keptOnEveryConnection: judged(300, 120),
      replannedMostly: judged(1_000, 900),
      tooFewCallsToTell: judged(200, 200),
      unpreparedByDesign: judged(1_000, 1_000, searched),
    }).toEqual({ keptOnEveryConnection: false, replannedMostly: true, tooFewCallsToTell: false, unpreparedByDesign: false });
  });

  it('are listed costliest first, planning included, with their spaces collapsed', () => {
    const summary = summarizeStatements(
      [counted('SELECT  1\n FROM "public"."Topic"', 10, 10, 1, 2), counted(searched, 5, 5, 40, 60), { query: null, calls: '3', plans: '0', planMs: 0, runMs: 9 }],
      1,
    );
    expect(summary.costliest.map((statement) => [statement.query, statement.totalMs, statement.prepared])).toEqual([
      [searched, 100, false],
      ['SELECT 1 FROM "public"."Topic"', 3, true],
    ]);
    expect({ calls: summary.calls, statements: summary.statements, totalMs: summary.totalMs }).toEqual({ calls: 15, statements: 2, totalMs: 103 });
  });
});
