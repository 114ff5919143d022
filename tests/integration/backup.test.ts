import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readForeignKeys, readTables } from '@/lib/backup/catalog';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { writeBackup } from '@/lib/backup/write-backup';
import { createAuth } from '@/lib/auth/create-auth';
import { createPrismaClient } from '@/lib/database/prisma-client';
import { withClient } from '@/lib/database/with-client';
import { applyMigrations, migrationsDir } from '@/lib/migrations/migrations';
import { demoPassword } from '@/prisma/demo/accounts';
import { loadDemo } from '@/prisma/demo/load-demo';
import { freshDatabase } from '../setup/databases';

// The demo record, with a signed-in session and an API token besides, backed up and restored into an empty
// database: every row of every table comes back equal, generated columns and sequences included.
let dir: string;
let sourceUrl: string;
let archive: string;

/** Every table's rows as Postgres prints them (all columns, generated ones too), sorted; the sequence, the
 *  migrations and the foreign keys. */
const contents = (url: string) =>
  withClient(url, async (client) => {
    const tables: Record<string, string[]> = {};
    for (const table of await readTables(client)) {
      tables[table.name] = (await client.query<{ row: string }>(`SELECT t::text AS row FROM "${table.name}" t ORDER BY 1`)).rows.map((row) => row.row);
    }
    const sequence = (await client.query<{ value: string }>(`SELECT last_value::text AS value FROM "AuditEvent_id_seq"`)).rows[0].value;
    const migrations = (await client.query(`SELECT migration_name, checksum FROM _prisma_migrations ORDER BY 1`)).rows;
    // The restore drops the foreign keys while it writes and creates them again: they must come back the same.
    return { tables, sequence, migrations, foreignKeys: await readForeignKeys(client) };
  });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'counterclaim-backup-'));
  sourceUrl = await freshDatabase('backup_source');
  const db = createPrismaClient(sourceUrl);
  const auth = createAuth(db, { secret: 'backup-test-secret-backup-test-secret', baseURL: 'http://localhost:3000' });
  await loadDemo(db, auth);
  await auth.api.signInEmail({ body: { email: 'editor@demo.test', password: demoPassword } });
  const editor = await db.user.findUniqueOrThrow({ where: { email: 'editor@demo.test' } });
  await db.apiToken.create({ data: { userId: editor.id, name: 'backup test', tokenHash: 'a'.repeat(64), tokenPrefix: 'cc_backupt', lastUsedAt: new Date() } });
  await db.$disconnect();
  archive = path.join(dir, 'demo.jsonl.gz');
  await writeBackup(sourceUrl, archive);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run db:backup and db:restore', () => {
  it('restore the demo record into an empty database with every row equal', async () => {
    const target = await freshDatabase('backup_target', { migrate: false });
    const result = await restoreBackup(target, archive);
    const [before, after] = [await contents(sourceUrl), await contents(target)];
    expect(after).toEqual(before);
    for (const name of ['User', 'Account', 'Session', 'ApiToken', 'Claim', 'ClaimVersion', 'Citation', 'ClaimLink', 'Review', 'AuditEvent']) {
      expect(before.tables[name].length, name).toBeGreaterThan(0);
    }
    console.log(`backup and restore: ${result.tables.map((table) => `${table.name} ${table.rows}`).join(', ')}`);
  });

  it('leave the append-only triggers on after a restore', async () => {
    const target = await freshDatabase('backup_triggers', { migrate: false });
    await restoreBackup(target, archive);
    await withClient(target, async (client) => {
      await expect(client.query(`UPDATE "AuditEvent" SET action = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "Review"`)).rejects.toThrow(/append-only/);
    });
  });

  it('refuse a database that already holds rows, and change nothing in it', async () => {
    const before = await contents(sourceUrl);
    await expect(restoreBackup(sourceUrl, archive)).rejects.toThrow(/the database is not empty: it holds rows in .*Claim \(\d+\)/);
    expect(await contents(sourceUrl)).toEqual(before);
  });

  it('refuse an archive taken at a migration this checkout does not have', async () => {
    const lines = gunzipSync(await readFile(archive)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]);
    header.migrations.push({ name: '29991231000000_from_the_future', checksum: 'x' });
    const future = path.join(dir, 'future.jsonl.gz');
    await writeFile(future, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    const target = await freshDatabase('backup_future', { migrate: false });
    await expect(restoreBackup(target, future)).rejects.toThrow(/taken at migration 29991231000000_from_the_future, which this Counterclaim does not have/);
  });

  it('refuse a damaged, foreign or missing archive and leave the database without rows', async () => {
    const lines = gunzipSync(await readFile(archive)).toString('utf8').trimEnd().split('\n');
    const cut = path.join(dir, 'cut.jsonl.gz');
    await writeFile(cut, gzipSync(lines.slice(0, -3).join('\n')));
    const target = await freshDatabase('backup_cut', { migrate: false });
    await expect(restoreBackup(target, cut)).rejects.toThrow(/ends inside table .*: it is incomplete/);
    await writeFile(path.join(dir, 'garbage.jsonl.gz'), 'not an archive');
    await expect(restoreBackup(target, path.join(dir, 'garbage.jsonl.gz'))).rejects.toThrow(/is not a Counterclaim backup archive/);
    await expect(restoreBackup(target, path.join(dir, 'missing.jsonl.gz'))).rejects.toThrow(/cannot read/);
    await withClient(target, async (client) => {
      expect((await client.query(`SELECT count(*)::int AS n FROM "Claim"`)).rows[0].n).toBe(0);
    });
  });

  it('restore an older archive at its own schema, then apply the newer migrations', async () => {
    const newer = path.join(dir, 'migrations');
    await cp(migrationsDir, newer, { recursive: true });
    await mkdir(path.join(newer, '29990101000000_topic_note'));
    await writeFile(path.join(newer, '29990101000000_topic_note', 'migration.sql'), `ALTER TABLE "Topic" ADD COLUMN "note" TEXT NOT NULL DEFAULT 'restored';\n`);
    const target = await freshDatabase('backup_forward', { migrate: false });
    const result = await restoreBackup(target, archive, { dir: newer });
    expect(result.migratedForward).toEqual(['29990101000000_topic_note']);
    await withClient(target, async (client) => {
      const { rows } = await client.query(`SELECT DISTINCT note FROM "Topic"`);
      expect(rows).toEqual([{ note: 'restored' }]);
    });

    // A database already at that newer schema cannot take the older rows.
    const ahead = await freshDatabase('backup_ahead', { migrate: false });
    await applyMigrations(ahead, { dir: newer });
    await expect(restoreBackup(ahead, archive, { dir: newer })).rejects.toThrow(/the database is at migration 29990101000000_topic_note, but the archive was taken at/);
  });
});
