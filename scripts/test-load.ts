// `npm run test:load`: readers on the public pages and API and editors and reviewers on the write API, together,
// against the production build on a throwaway database; Postgres is stopped part-way and started again. Then every
// answer is counted and every write looked up in the database. Flags (defaults are the issue's full size):
//   --duration=60   seconds of load        --readers=50   concurrent readers    --writers=10   concurrent writers
//   --outage=5      seconds Postgres stays down (0: no fault)                    --report=FILE  counts, for npm test
// It runs under Node's react-server condition (see package.json), so that lib/tokens, guarded by `server-only`,
// can make the API tokens the way the settings page does.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { reader, readerPaths, warmUp } from '@/tests/load/readers';
import { Traffic, type Exchange } from '@/tests/load/traffic';
import { verify, type Verdict } from '@/tests/load/verify';
import { Desk, editor, reviewer } from '@/tests/load/writers';
import { serverLog, startWorld, type World } from '@/tests/load/world';

type Options = { duration: number; readers: number; writers: number; outage: number; report?: string };
type Outage = { downAt: number; upAt: number; recoveredAt: number | null };
type Check = { name: string; ok: boolean; detail: string };

/** How long the app may take to serve again once Postgres is back before the test calls it a failure. Generous on
 *  purpose: the figure that matters is the one reported, and a loaded two-core machine must not make this flaky. */
const recoveryLimitMs = 30_000;

function parseOptions(args: string[]): Options {
  const options: Options = { duration: 60, readers: 50, writers: 10, outage: 5 };
  for (const arg of args) {
    const [, name, value] = arg.match(/^--(\w+)=(.+)$/) ?? [];
    if (name === 'report') options.report = value;
    else if (name in options && Number.isFinite(Number(value)) && Number(value) >= 0) (options as Record<string, unknown>)[name] = Number(value);
    else throw new Error(`unknown or bad flag ${arg} (see the top of scripts/test-load.ts)`);
  }
  if (options.writers < 3) throw new Error('--writers needs at least 3: an editor, an administrator and a reviewer');
  return options;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const options = parseOptions(process.argv.slice(2));
  console.log(`load: starting the app on a throwaway database (building it first if the sources changed)…`);
  const world = await startWorld();
  try {
    const traffic = new Traffic(world.baseUrl);
    const paths = await readerPaths(world);
    await warmUp(world.baseUrl, paths, world.editorCookie);
    const sources = await world.query<{ id: string }>(`SELECT id FROM "Source" ORDER BY id`);
    const [{ before }] = await world.query<{ before: number }>(`SELECT coalesce(max(id), 0)::int AS before FROM "AuditEvent"`);
    const desk = new Desk(traffic, world.tokens, `run ${randomUUID().slice(0, 8)}`, sources.map((source) => source.id));

    let running = true;
    const isRunning = () => running;
    const reviewers = Math.max(1, Math.floor(options.writers * 0.4));
    const editors = options.writers - reviewers - 1;
    console.log(
      `load: ${options.duration} s, ${options.readers} readers, ${options.writers} writers ` +
        `(${editors} editors, 1 administrator approving their own work, ${reviewers} reviewers)` +
        (options.outage ? `; Postgres stopped for ${options.outage} s at ${(options.duration * 0.4).toFixed(0)} s` : ''),
    );
    const startedAt = performance.now();
    const workers = [
      ...Array.from({ length: options.readers }, () => reader(traffic, paths, world.editorCookie, isRunning)),
      editor(desk, 'admin', isRunning, { selfApprove: true }),
      ...Array.from({ length: editors }, (_, index) => editor(desk, index % 2 ? 'editor2' : 'editor', isRunning)),
      ...Array.from({ length: reviewers }, (_, index) => reviewer(desk, index % 2 ? 'reviewer2' : 'reviewer', isRunning)),
    ];
    const outage = options.outage ? takeDatabaseAway(world, traffic, options, startedAt) : Promise.resolve(null);
    await sleep(options.duration * 1000);
    running = false;
    await Promise.all(workers);
    const window = await outage;
    const elapsed = performance.now() - startedAt;

    const verdict = await verify(world, desk.journal, before);
    const checks = judge(traffic, verdict, window, desk);
    printFigures(traffic, verdict, window, elapsed, desk);
    for (const check of checks) console.log(`${check.ok ? '✓' : '✗'} ${check.name}${check.ok ? '' : `: ${check.detail}`}`);
    for (const problem of verdict.problems) console.log(`  ${problem}`);
    console.log(`load: the server's own log is in ${path.relative(process.cwd(), serverLog)}`);
    const failed = checks.filter((check) => !check.ok).length;
    console.log(`load: ${checks.length - failed} passed, ${failed} failed`);
    if (options.report) {
      await mkdir(path.dirname(path.resolve(options.report)), { recursive: true });
      await writeFile(options.report, JSON.stringify({ passed: checks.length - failed, failed, skipped: 0, checks }, null, 2));
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    await world.stop();
  }
}

/** Stops Postgres part-way through the load, starts it again, and times how long until the app serves again. */
async function takeDatabaseAway(world: World, traffic: Traffic, options: Options, startedAt: number): Promise<Outage> {
  await sleep(options.duration * 400);
  const downAt = performance.now();
  await world.postgres.stopServer();
  console.log(`load: Postgres stopped at ${seconds(downAt - startedAt)}`);
  await sleep(options.outage * 1000);
  await world.postgres.startServer();
  const upAt = performance.now();
  console.log(`load: Postgres started again (it took ${seconds(upAt - downAt - options.outage * 1000)} to come up)`);
  // The app is not restarted: the first 200 from its health probe, a query through its own pool that no cache
  // answers, is the moment it serves again.
  while (performance.now() - upAt < recoveryLimitMs) {
    if ((await traffic.send('read-api', 'GET', '/api/health')).status === 200) return { downAt, upAt, recoveredAt: performance.now() };
    await sleep(20);
  }
  return { downAt, upAt, recoveredAt: null };
}

/** An answer given while the database was away, or to a request sent before it went that ended after. */
const duringOutage = (exchange: Exchange, outage: Outage | null) =>
  outage !== null && exchange.startedAt <= (outage.recoveredAt ?? Infinity) && exchange.endedAt >= outage.downAt;

function judge(traffic: Traffic, verdict: Verdict, outage: Outage | null, desk: Desk): Check[] {
  const all = traffic.exchanges;
  const outside = all.filter((exchange) => !duringOutage(exchange, outage));
  const inside = all.filter((exchange) => duringOutage(exchange, outage));
  const describe = (list: Exchange[]) => list.slice(0, 5).map((exchange) => `${exchange.method} ${exchange.path} → ${exchange.status || exchange.failure}`).join('; ');
  const acknowledgedKinds = new Set(desk.journal.filter((attempt) => attempt.outcome === 'acknowledged').map((attempt) => attempt.kind));
  const checks: Check[] = [
    { name: 'no 5xx while the database was up', list: outside.filter((exchange) => exchange.status >= 500) },
    { name: 'never a 500 or another 5xx than 503', list: all.filter((exchange) => exchange.status >= 500 && exchange.status !== 503) },
    { name: 'every request answered, none hung', list: all.filter((exchange) => exchange.status === 0) },
    { name: 'every read answered 200 while the database was up', list: outside.filter((exchange) => exchange.kind !== 'write' && exchange.status !== 200) },
  ].map(({ name, list }) => ({ name, ok: list.length === 0, detail: `${list.length}: ${describe(list)}` }));
  checks.push(
    {
      name: 'every kind of write was made and acknowledged',
      ok: acknowledgedKinds.size === 6,
      detail: `acknowledged only ${[...acknowledgedKinds].join(', ')}`,
    },
    {
      name: 'every acknowledged write is in the database once and whole, every refused one left nothing, the audit trail matches one to one',
      ok: verdict.problems.length === 0,
      detail: `${verdict.problems.length} problems`,
    },
    {
      name: 'four eyes: an approval of one\'s own claim was tried and refused',
      ok: desk.journal.some((attempt) => attempt.mustRefuse && attempt.status === 403),
      detail: 'no refused self-approval in the journal',
    },
  );
  if (outage) {
    // Public reads are cached in memory until the record changes (lib/public-site/published-cache.ts), so some are
    // served while the database is away, and requests at either edge of the outage may complete; whatever must
    // reach the database while it is away answers 503.
    const unavailable = inside.filter((exchange) => exchange.status === 503);
    const byKind = (kind: Exchange['kind']) => unavailable.filter((exchange) => exchange.kind === kind).length;
    const bare = unavailable.filter((exchange) => !exchange.retryAfter);
    checks.push(
      {
        name: 'while the database was down, every 503 carried Retry-After',
        ok: bare.length === 0,
        detail: `${bare.length}: ${describe(bare)}`,
      },
      {
        name: 'while the database was down, desk pages and writes answered 503',
        ok: byKind('desk') > 0 && byKind('write') > 0,
        detail: `503s: ${byKind('desk')} desk pages, ${byKind('write')} writes`,
      },
      {
        // Public pages answer from pages/_error.tsx, in plain HTML; the write API in JSON.
        name: 'the 503s of writes and public pages say the database cannot be reached',
        ok: traffic.unavailableBodies.has('write') && (['write', 'page'] as const).every((kind) => !traffic.unavailableBodies.has(kind) || /cannot reach its database/.test(traffic.unavailableBodies.get(kind)!)),
        detail: (['write', 'page'] as const).map((kind) => `${kind}: ${traffic.unavailableBodies.get(kind)?.slice(0, 120) ?? 'none'}`).join('; '),
      },
      {
        name: `the app served again without a restart once Postgres was back (within ${recoveryLimitMs / 1000} s)`,
        ok: outage.recoveredAt !== null,
        detail: 'it did not',
      },
    );
  }
  return checks;
}

function printFigures(traffic: Traffic, verdict: Verdict, outage: Outage | null, elapsed: number, desk: Desk) {
  const all = traffic.exchanges;
  const served = all.filter((exchange) => exchange.status !== 0);
  const count = (predicate: (exchange: Exchange) => boolean) => all.filter(predicate).length;
  const fiveHundreds = count((exchange) => exchange.status >= 500);
  const refusals = desk.journal.filter((attempt) => attempt.outcome === 'refused').reduce<Record<number, number>>((sum, attempt) => ({ ...sum, [attempt.status]: (sum[attempt.status] ?? 0) + 1 }), {});
  console.log(`\nrequests served: ${served.length} in ${seconds(elapsed)} (${(served.length / (elapsed / 1000)).toFixed(0)}/s): ` +
    `${count((exchange) => exchange.kind === 'page' && exchange.status !== 0)} pages, ${count((exchange) => exchange.kind === 'desk' && exchange.status !== 0)} desk pages, ${count((exchange) => exchange.kind === 'read-api' && exchange.status !== 0)} API reads, ${count((exchange) => exchange.kind === 'write' && exchange.status !== 0)} writes`);
  console.log(`5xx: ${fiveHundreds} (${count((exchange) => exchange.status === 503 && duringOutage(exchange, outage))} of them 503 during the outage, ` +
    `${count((exchange) => exchange.status >= 500 && !duringOutage(exchange, outage))} outside it, ${count((exchange) => exchange.status >= 500 && exchange.status !== 503)} other than 503)`);
  if (outage) {
    const inside = all.filter((exchange) => duringOutage(exchange, outage));
    const tally = (kind: Exchange['kind'], status: number) => inside.filter((exchange) => exchange.kind === kind && exchange.status === status).length;
    console.log(`during the outage: public pages ${tally('page', 503)}× 503 and ${tally('page', 200)}× 200 (from the cache, or at the edges of the outage); ` +
      `API reads ${tally('read-api', 503)}× 503 and ${tally('read-api', 200)}× 200; desk pages ${tally('desk', 503)}× 503; writes ${tally('write', 503)}× 503`);
  }
  console.log(`writes: ${verdict.acknowledged} acknowledged, ${verdict.found} found exactly once and whole; ` +
    `${verdict.refused} refused (${Object.entries(refusals).map(([status, n]) => `${n}× ${status}`).join(', ')}), ${verdict.refusedAbsent} left nothing; ` +
    `${verdict.unanswered} failed with 503 or no answer, ${verdict.unansweredCommitted} of those committed all the same (whole)`);
  console.log(`audit events: ${verdict.auditEvents} for ${verdict.found + verdict.unansweredCommitted} writes in the database`);
  if (outage) {
    console.log(`outage: Postgres down for ${seconds(outage.upAt - outage.downAt)}; ` +
      (outage.recoveredAt ? `the app served again ${seconds(outage.recoveredAt - outage.upAt)} after Postgres was back` : 'the app did not serve again'));
  }
}

main().catch((error: unknown) => {
  console.error(`load: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
