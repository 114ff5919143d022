// The registry this project installs from carries only some platforms' builds of packages such as
// @next/swc-* and @tailwindcss/oxide-*. `npm install` leaves the unavailable ones out of package-lock.json, and
// `npm ci` then refuses the lock as out of sync. This adds each missing optional platform package to the lock
// with its os and cpu (read from its name), so npm ci skips it as foreign instead of failing.
// Run it after `npm install` changes the lock: `npm run lockfile:complete`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const lockPath = path.resolve(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages: Record<string, { version?: string; optionalDependencies?: Record<string, string> }> = lock.packages;

const operatingSystems = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const cpus = ['arm64', 'x64', 'arm', 'ia32', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];

function platformOf(name: string) {
  const parts = name.split('/').pop()!.split('-');
  const os = parts.find((part) => operatingSystems.includes(part));
  const cpu = parts.find((part) => cpus.includes(part));
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location}/node_modules/${name}`;
    if (packages[`node_modules/${name}`] || packages[nested]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!cpu) continue; // not a platform build: leave it to npm
    if (!/^\d+\.\d+\.\d+/.test(range)) throw new Error(`${name}: expected an exact version, got ${range}`);
    packages[`node_modules/${name}`] = {
      version: range,
      optional: true,
      ...(os ? { os: [os] } : {}),
      cpu: [cpu],
      ...(libc ? { libc: [libc] } : {}),
    } as (typeof packages)[string];
    added++;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `added ${added} foreign platform packages to package-lock.json` : 'package-lock.json already lists every platform package');
