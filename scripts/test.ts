// `npm test`: the unit and integration tests (Vitest, against a throwaway embedded Postgres), then the browser
// tests (Playwright, Chromium against the production build), then a short load test with Postgres stopped part-way
// (scripts/test-load.ts, at a small size; `npm run test:load` runs it at full size). All three always run; each
// prints its own summary, and the last line adds them up.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { findFreePort } from '@/lib/runtime/check-port';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const results = path.join(root, 'test-results');

type Counts = { passed: number; failed: number; skipped: number };

function run(command: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<number>((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function vitestCounts(file: string): Promise<Counts | null> {
  const report = JSON.parse(await readFile(file, 'utf8').catch(() => 'null'));
  if (!report) return null;
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

async function playwrightCounts(file: string): Promise<Counts | null> {
  const report = JSON.parse(await readFile(file, 'utf8').catch(() => 'null'));
  if (!report) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

/** Small enough for CI's two cores, large enough for every kind of write, a race and an outage. */
const ciLoad = ['--duration=30', '--readers=10', '--writers=4', '--outage=3'];

/** The load test's checks, each counted as a test. */
async function loadCounts(file: string): Promise<Counts | null> {
  return JSON.parse(await readFile(file, 'utf8').catch(() => 'null'));
}

async function main() {
  await mkdir(results, { recursive: true });
  const vitestReport = path.join(results, 'vitest.json');
  const vitestCode = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
  // A free port for the browser tests' server, so a running `npm start` or another run does not collide.
  const playwrightCode = await run(bin('playwright'), ['test'], { E2E_PORT: String(await findFreePort()) });
  const loadReport = path.join(results, 'load.json');
  // A report left by an earlier run must not stand in for one this run failed to write.
  await rm(loadReport, { force: true });
  const loadCode = await run(bin('tsx'), ['--conditions=react-server', 'scripts/test-load.ts', ...ciLoad, `--report=${loadReport}`]);

  const counts = [await vitestCounts(vitestReport), await playwrightCounts(path.join(results, 'playwright.json')), await loadCounts(loadReport)];
  const total = counts.reduce<Counts>(
    (sum, count) => ({
      passed: sum.passed + (count?.passed ?? 0),
      failed: sum.failed + (count?.failed ?? 0),
      skipped: sum.skipped + (count?.skipped ?? 0),
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const crashed = counts.some((count) => count === null);
  console.log(`\nvitest: exit ${vitestCode}; playwright: exit ${playwrightCode}; load: exit ${loadCode}`);
  console.log(`${total.passed} passed, ${total.failed + (crashed ? 1 : 0)} failed, ${total.skipped} skipped`);
  // A runner's report is trusted over its exit code only to fail: any one saying "failed" fails the run.
  process.exit(vitestCode || playwrightCode || loadCode || total.failed || crashed ? 1 : 0);
}

void main();
