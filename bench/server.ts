import { spawn } from 'node:child_process';
import path from 'node:path';
import { findFreePort } from '@/lib/runtime/check-port';

// The production server as `npm start` runs it (scripts/start.ts: migrations, a build when the sources changed,
// `next start`), against the benchmark's database.

const root = path.resolve(import.meta.dirname, '..');

export type BenchServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

export async function startBenchServer(databaseUrl: string, secret: string, log: (message: string) => void): Promise<BenchServer> {
  const port = await findFreePort();
  // localhost, not 127.0.0.1: sign-in checks the Origin against BETTER_AUTH_URL.
  const baseUrl = `http://localhost:${port}`;
  // Nothing of the caller's own configuration (a test run's database, say) leaks into the server's.
  const { DATABASE_URL: _url, BETTER_AUTH_URL: _authUrl, BETTER_AUTH_SECRET: _secret, ...base } = process.env;
  const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    cwd: root,
    env: { ...base, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: secret, BETTER_AUTH_URL: baseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      for (const line of chunk.toString().split('\n')) if (line.startsWith('counterclaim:')) log(line.slice('counterclaim: '.length));
      if (output.includes('is ready at')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`the server did not start (exit code ${code}):\n${output}`)));
  });
  server.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  return {
    baseUrl,
    pid: server.pid!,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}
