import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseServerEnv } from '@/lib/env';

// No Docker engine runs here, so the compose file and Dockerfile are checked for consistency with the app's
// own configuration instead of being run.
const root = path.resolve(import.meta.dirname, '../..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

/** Resolves ${VAR:-default} and ${VAR:?message} the way compose does when VAR is unset. */
function interpolate(value: string, provided: Record<string, string> = {}) {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, operator?: string, rest = '') => {
    if (provided[name] !== undefined) return provided[name];
    if (operator === '-') return rest;
    throw new Error(`${name} must be set: ${rest}`);
  });
}

describe('docker-compose.yml', () => {
  const { postgres, app } = compose.services;

  it('runs Postgres 18 with a health check and a named volume', () => {
    expect(postgres.image).toMatch(/^postgres:18(\b|$)/);
    expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    const [volume, mountPoint] = postgres.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(mountPoint).toBe('/var/lib/postgresql');
  });

  it('checks the same user and database it creates', () => {
    const check = postgres.healthcheck.test.join(' ');
    expect(check).toContain(`-U ${postgres.environment.POSTGRES_USER}`);
    expect(check).toContain(`-d ${postgres.environment.POSTGRES_DB}`);
  });

  it('starts the app only once Postgres is healthy', () => {
    expect(app.depends_on.postgres.condition).toBe('service_healthy');
  });

  it('points the app at that Postgres with its credentials', () => {
    const url = new URL(interpolate(app.environment.DATABASE_URL));
    expect(url.hostname).toBe('postgres');
    expect(url.port).toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(postgres.environment.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(interpolate(postgres.environment.POSTGRES_PASSWORD));
    expect(url.pathname).toBe(`/${postgres.environment.POSTGRES_DB}`);
  });

  it('gives the app every setting the server validates, and refuses to start without a secret', () => {
    const secret = 'x'.repeat(40);
    const env = Object.fromEntries(
      Object.entries(app.environment as Record<string, string>).map(([key, value]) => [key, interpolate(String(value), { BETTER_AUTH_SECRET: secret })]),
    );
    expect(() => parseServerEnv(env)).not.toThrow();
    expect(() => interpolate(app.environment.BETTER_AUTH_SECRET)).toThrow(/BETTER_AUTH_SECRET/);
  });

  it('publishes the port the app listens on, and checks its health there', () => {
    const port = app.environment.PORT;
    const [, containerPort] = app.ports[0].split(':');
    expect(containerPort).toBe(port);
    expect(app.healthcheck.test.join(' ')).toContain(`127.0.0.1:${port}/api/health`);
    expect(new URL(interpolate(app.environment.BETTER_AUTH_URL)).port).toBe(app.ports[0].split(':')[0]);
  });
});

describe('Dockerfile', () => {
  it('builds in stages into a standalone Next.js server', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toContain('NEXT_OUTPUT=standalone');
    expect(dockerfile).toContain('.next/standalone');
  });

  it('applies migrations with the standard Prisma CLI before the server starts', () => {
    const command = dockerfile.match(/^CMD (.*)$/m)?.[1] ?? '';
    expect(command.indexOf('prisma migrate deploy')).toBeGreaterThan(-1);
    expect(command.indexOf('prisma migrate deploy')).toBeLessThan(command.indexOf('server.js'));
    expect(dockerfile).toContain('COPY prisma/migrations');
  });

  it('copies only what a fresh clone has', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((match) => match[1].split(/\s+/));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(existsSync(path.join(root, source)), source).toBe(true);
    for (const stage of [...dockerfile.matchAll(/^COPY --from=build \/app\/(\S+) /gm)].map((match) => match[1])) {
      if (!stage.startsWith('.next')) expect(existsSync(path.join(root, stage)), stage).toBe(true);
    }
  });

  it('listens on the port compose publishes', () => {
    expect(dockerfile).toContain(`EXPOSE ${compose.services.app.environment.PORT}`);
    expect(dockerfile).toContain(`PORT=${compose.services.app.environment.PORT}`);
  });
});
