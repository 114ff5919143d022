import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import type { Database } from '@/lib/database/prisma-client';
import { AppError } from '@/lib/errors';
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from '@/lib/tokens/api-tokens';
import { deactivateUser } from '@/lib/users/deactivate-user';
import { setUserRole } from '@/lib/users/set-user-role';
import { createActor } from '../setup/actors';
import { testDb } from '../setup/databases';

let db: Database;
let editor: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  db = testDb();
  [editor, reviewer, admin] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER'), createActor(db, 'ADMIN')]);
});
afterAll(() => db.$disconnect());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function tokenState() {
  const [tokens, audit] = await Promise.all([
    db.apiToken.findMany({ orderBy: { id: 'asc' }, select: { id: true, revokedAt: true, lastUsedAt: true } }),
    db.auditEvent.count(),
  ]);
  return { tokens, audit };
}

async function refusal(run: () => Promise<unknown>) {
  const before = await tokenState();
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(await tokenState()).toEqual(before);
  return error as AppError;
}

describe('createApiToken', () => {
  it('hands the token over once and stores only its SHA-256', async () => {
    const { token, record } = await createApiToken(editor, { name: 'import script' });
    expect(token).toMatch(/^cc_[\w-]{40,}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: record.id } });
    expect(row).toMatchObject({ userId: editor.id, name: 'import script', tokenHash: sha256(token), tokenPrefix: token.slice(0, 10), revokedAt: null, lastUsedAt: null });
    expect(row.tokenHash).not.toBe(token);
    for (const value of Object.values(row)) expect(String(value)).not.toContain(token);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: record.id, action: 'token.create' } });
    expect(audit.actorId).toBe(editor.id);
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(token);
  });

  it('lets every desk role make one for themself', async () => {
    for (const actor of [reviewer, admin]) expect((await createApiToken(actor, { name: 'mine' })).token).toMatch(/^cc_/);
  });

  it('refuses an anonymous caller and a nameless token, saving nothing', async () => {
    expect((await refusal(() => createApiToken(null, { name: 'sneaky' }))).code).toBe('UNAUTHENTICATED');
    expect((await refusal(() => createApiToken(editor, { name: '  ' }))).fields.name).toEqual(['Give the token a name']);
  });
});

describe('authenticateApiToken', () => {
  it('acts as the owner, with their current role, and notes when the token was used', async () => {
    const owner = await createActor(db, 'EDITOR');
    const { token, record } = await createApiToken(owner, { name: 'sync' });
    expect(await authenticateApiToken(token)).toEqual(owner);
    const used = await db.apiToken.findUniqueOrThrow({ where: { id: record.id } });
    expect(used.lastUsedAt).toBeInstanceOf(Date);

    await setUserRole(admin, owner.id, { role: 'REVIEWER' });
    expect(await authenticateApiToken(token)).toEqual({ ...owner, role: 'REVIEWER' });
  });

  it('refuses an unknown or malformed token', async () => {
    expect(await authenticateApiToken(`cc_${randomUUID()}`)).toBeNull();
    expect(await authenticateApiToken('not-a-token')).toBeNull();
  });

  it('refuses a revoked token', async () => {
    const { token, record } = await createApiToken(editor, { name: 'old laptop' });
    await revokeApiToken(editor, record.id);
    expect(await authenticateApiToken(token)).toBeNull();
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: record.id } });
    expect(row.revokedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.findFirst({ where: { targetId: record.id, action: 'token.revoke', actorId: editor.id } })).toBeTruthy();
  });

  it('refuses the token of a deactivated user', async () => {
    const owner = await createActor(db, 'EDITOR');
    const { token } = await createApiToken(owner, { name: 'cron' });
    expect(await authenticateApiToken(token)).not.toBeNull();
    await deactivateUser(admin, owner.id);
    expect(await authenticateApiToken(token)).toBeNull();
  });
});

describe('revokeApiToken', () => {
  it('answers not found for someone else’s token and leaves it working', async () => {
    const { token, record } = await createApiToken(editor, { name: 'mine, not yours' });
    expect((await refusal(() => revokeApiToken(reviewer, record.id))).code).toBe('NOT_FOUND');
    expect((await refusal(() => revokeApiToken(admin, record.id))).code).toBe('NOT_FOUND');
    expect(await authenticateApiToken(token)).toMatchObject({ id: editor.id });
  });

  it('refuses an anonymous caller, a token already revoked and a malformed id', async () => {
    const { record } = await createApiToken(editor, { name: 'twice' });
    expect((await refusal(() => revokeApiToken(null, record.id))).code).toBe('UNAUTHENTICATED');
    await revokeApiToken(editor, record.id);
    expect((await refusal(() => revokeApiToken(editor, record.id))).code).toBe('NOT_FOUND');
    expect((await refusal(() => revokeApiToken(editor, 'nope'))).code).toBe('NOT_FOUND');
  });
});

describe('listApiTokens', () => {
  it('lists only the caller’s own tokens, without their hashes', async () => {
    const owner = await createActor(db, 'REVIEWER');
    await createApiToken(owner, { name: 'first' });
    await createApiToken(owner, { name: 'second' });
    const tokens = await listApiTokens(owner);
    expect(tokens.map((token) => token.name).sort()).toEqual(['first', 'second']);
    for (const token of tokens) expect(token).not.toHaveProperty('tokenHash');
  });
});
