import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { applyMigrations, diffMigrationsToSchema } from '@/lib/migrations/migrations';
import { freshDatabase } from '../setup/databases';

describe('migrations', () => {
  it('agree with schema.prisma: replaying them leaves nothing to migrate', async () => {
    const url = await freshDatabase('drift', { migrate: false });
    // A non-empty script here means schema.prisma changed without `npm run db:migration -- <name>`.
    expect(await diffMigrationsToSchema(url)).toBe('');
  });

  it('apply once, in Prisma Migrate’s history table, and not again', async () => {
    const url = await freshDatabase('history', { migrate: false });
    const first = await applyMigrations(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name');
    await client.end();
    expect(rows.map((row) => row.migration_name)).toEqual(first);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });
});
