// `npm run bench`: the public site, search, the API, the review queue and bulk import under load at 100,000
// claims (or --scale claims), against this machine's ceiling in the same run (bench/run-benchmark.ts). Writes
// bench/results/<date>.json and .md. Flags: --scale <claims>, --seconds <per route>, --connections <n>,
// --import <claims>.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownReport } from '@/bench/report';
import { runBenchmark } from '@/bench/run-benchmark';
import { runScript } from './with-database';

const root = path.resolve(import.meta.dirname, '..');

function positive(name: string, value: string) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} takes a whole number above zero, not "${value}"`);
  return number;
}

function commit() {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** bench/results/<date>.json, or <date>-2.json and so on when a run of the same day is already there. */
function resultPath(date: string) {
  const directory = path.join(root, 'bench', 'results');
  for (let run = 1; ; run++) {
    const base = path.join(directory, run === 1 ? date : `${date}-${run}`);
    if (!existsSync(`${base}.json`)) return base;
  }
}

runScript(async () => {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '100000' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      import: { type: 'string', default: '10000' },
    },
  });
  const results = await runBenchmark({
    claims: positive('scale', values.scale),
    secondsPerRoute: positive('seconds', values.seconds),
    connections: positive('connections', values.connections),
    importClaims: positive('import', values.import),
    log: (message) => console.log(`bench: ${message}`),
    revision: commit,
  });
  const base = resultPath(results.startedAt.slice(0, 10));
  await mkdir(path.dirname(base), { recursive: true });
  const markdown = markdownReport(results);
  await writeFile(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(`${base}.md`, markdown);
  console.log(`\n${markdown}`);
  console.log(`bench: wrote ${path.relative(root, base)}.json and .md`);
});
