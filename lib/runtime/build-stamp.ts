// Whether the production build in .next matches the sources: `npm start` builds only when it does not.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const buildInputs = [
  'app',
  'pages',
  'styles',
  'proxy.ts',
  'components',
  'lib',
  'public',
  'instrumentation.ts',
  'instrumentation-client.ts',
  'proxy.ts',
  'next.config.js',
  'postcss.config.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'prisma/schema.prisma',
];
const skipped = new Set(['node_modules', '.next', 'generated']);

export async function sourceHash(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const input of buildInputs) {
    for (const file of await filesUnder(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

const stampFile = (root: string) => path.join(root, '.next', 'counterclaim-source-hash');

export async function isBuildCurrent(root: string, hash: string) {
  const [stamp, buildId] = await Promise.all([
    readFile(stampFile(root), 'utf8').catch(() => ''),
    readFile(path.join(root, '.next', 'BUILD_ID'), 'utf8').catch(() => ''),
  ]);
  return buildId !== '' && stamp === hash;
}

export function stampBuild(root: string, hash: string) {
  return writeFile(stampFile(root), hash);
}

async function filesUnder(target: string): Promise<string[]> {
  const entries = await readdir(target, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return null; // a file
    if (error.code === 'ENOENT') return []; // an optional input, such as public/
    throw error;
  });
  if (entries === null) return [target];
  const nested = await Promise.all(
    entries
      .filter((entry) => !skipped.has(entry.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => filesUnder(path.join(target, entry.name))),
  );
  return nested.flat();
}
