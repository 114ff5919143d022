import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auth } from '@/lib/auth/auth';
import type { Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createUser } from '@/lib/users/create-user';
import { deactivateUser } from '@/lib/users/deactivate-user';
import { listUsers } from '@/lib/users/list-users';
import { reactivateUser } from '@/lib/users/reactivate-user';
import { setUserRole } from '@/lib/users/set-user-role';
import { createActor } from '../setup/actors';

// This file runs on a database of its own, so "the last administrator" means the one made here, not whatever
// ADMIN rows other files left in the shared database. better-auth (lib/auth/auth.ts) uses the same client.
vi.mock('@/lib/db', async () => {
  const { createPrismaClient } = await import('@/lib/database/prisma-client');
  const { freshDatabase } = await import('../setup/databases');
  return { db: createPrismaClient(await freshDatabase('users')) };
});

let admin: Actor;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [admin, editor, reviewer] = await Promise.all([createActor(db, 'ADMIN'), createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
});
afterAll(() => db.$disconnect());

const password = 'correct horse battery';
const newAccount = (override: Record<string, unknown> = {}) => ({
  name: 'Layla Haddad',
  email: `layla.${randomUUID().slice(0, 8)}@newsroom.example`,
  role: 'EDITOR',
  password,
  ...override,
});

const signIn = (email: string, pass = password) => auth.api.signInEmail({ body: { email, password: pass } });

async function addSession(userId: string) {
  await db.session.create({ data: { id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 86_400_000) } });
}

/** Everything an account action may touch. */
async function accountState() {
  const [users, sessions, accounts, audit] = await Promise.all([
    db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, email: true, role: true, banned: true, banReason: true } }),
    db.session.count(),
    db.account.count(),
    db.auditEvent.count(),
  ]);
  return { users, sessions, accounts, audit };
}

async function refusal(run: () => Promise<unknown>) {
  const before = await accountState();
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(await accountState()).toEqual(before);
  return error as AppError;
}

const auditOf = (targetId: string, action: string) => db.auditEvent.findFirst({ where: { targetId, action }, orderBy: { id: 'desc' } });

describe('createUser', () => {
  it('lets an admin open an account that can sign in, recorded without the password', async () => {
    const input = newAccount({ role: 'REVIEWER', email: `  Layla.${randomUUID().slice(0, 8)}@Newsroom.Example ` });
    const user = await createUser(admin, input);
    const email = String(input.email).trim().toLowerCase();
    expect(user).toMatchObject({ name: 'Layla Haddad', email, role: 'REVIEWER', banned: false });

    const audit = await auditOf(user.id, 'user.create');
    expect(audit).toMatchObject({ actorId: admin.id, targetType: 'User', after: { id: user.id, name: 'Layla Haddad', email, role: 'REVIEWER' } });
    expect(JSON.stringify(audit?.after)).not.toContain(password);

    const credential = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: 'credential' } });
    expect(credential.password).toBeTruthy();
    expect(credential.password).not.toContain(password);

    const signedIn = await signIn(email);
    expect(signedIn.user.id).toBe(user.id);
  });

  it.each([
    ['an editor', () => editor, 'FORBIDDEN'],
    ['a reviewer', () => reviewer, 'FORBIDDEN'],
    ['an anonymous caller', () => null, 'UNAUTHENTICATED'],
  ])('refuses %s, creating nothing', async (_, actor, code) => {
    const input = newAccount();
    expect((await refusal(() => createUser(actor(), input))).code).toBe(code);
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it('refuses an email that already has an account, whatever its case', async () => {
    const first = await createUser(admin, newAccount());
    const error = await refusal(() => createUser(admin, newAccount({ email: first.email.toUpperCase() })));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(first.email);
    expect(error.fields.email).toEqual(['This email already has an account']);
  });

  it.each([
    ['a password under 12 characters', { password: 'short pass' }, 'password'],
    ['an address that is not an email', { email: 'layla at newsroom' }, 'email'],
    ['an unknown role', { role: 'OWNER' }, 'role'],
    ['an empty name', { name: '  ' }, 'name'],
  ])('refuses %s with a message on the field', async (_, override, field) => {
    const error = await refusal(() => createUser(admin, newAccount(override)));
    expect(error.code).toBe('INVALID');
    expect(error.fields[field]?.length).toBeGreaterThan(0);
  });
});

describe('setUserRole', () => {
  it('lets an admin change a role, recording before and after', async () => {
    const user = await createActor(db, 'EDITOR');
    const updated = await setUserRole(admin, user.id, { role: 'REVIEWER' });
    expect(updated.role).toBe('REVIEWER');
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe('REVIEWER');
    const audit = await auditOf(user.id, 'user.set-role');
    expect(audit).toMatchObject({ actorId: admin.id, before: { role: 'EDITOR' }, after: { role: 'REVIEWER' } });
  });

  it.each([
    ['an editor', () => editor, 'FORBIDDEN'],
    ['a reviewer', () => reviewer, 'FORBIDDEN'],
    ['an anonymous caller', () => null, 'UNAUTHENTICATED'],
  ])('refuses %s, changing nothing', async (_, actor, code) => {
    expect((await refusal(() => setUserRole(actor(), editor.id, { role: 'ADMIN' }))).code).toBe(code);
  });

  it('refuses an unknown role and an unknown account', async () => {
    expect((await refusal(() => setUserRole(admin, editor.id, { role: 'OWNER' }))).fields.role).toBeTruthy();
    expect((await refusal(() => setUserRole(admin, randomUUID(), { role: 'EDITOR' }))).code).toBe('NOT_FOUND');
  });

  it('lets an admin step down while another administrator remains', async () => {
    const other = await createActor(db, 'ADMIN');
    expect((await setUserRole(other, other.id, { role: 'EDITOR' })).role).toBe('EDITOR');
  });
});

describe('deactivateUser and reactivateUser', () => {
  it('ends the sessions of a deactivated user at once, refuses their sign-in, keeps their records, and reverses', async () => {
    const user = await createUser(admin, newAccount());
    await signIn(user.email);
    await addSession(user.id);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    const source = await db.source.create({
      data: { title: 'A report they added', publisher: 'Al-Monitor', kind: 'NEWS_REPORT', grade: 'B', createdById: user.id },
    });

    const deactivated = await deactivateUser(admin, user.id, { reason: 'Left the newsroom' });
    expect(deactivated).toMatchObject({ banned: true, banReason: 'Left the newsroom' });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).createdById).toBe(user.id);
    expect(await auditOf(user.id, 'user.deactivate')).toMatchObject({
      actorId: admin.id,
      before: { banned: false },
      after: { banned: true, banReason: 'Left the newsroom', endedSessions: 2 },
    });
    await expect(signIn(user.email)).rejects.toMatchObject({ body: { code: 'BANNED_USER' } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const reactivated = await reactivateUser(admin, user.id);
    expect(reactivated).toMatchObject({ banned: false, banReason: null });
    expect(await auditOf(user.id, 'user.reactivate')).toMatchObject({ actorId: admin.id, before: { banned: true }, after: { banned: false } });
    expect((await signIn(user.email)).user.id).toBe(user.id);
  });

  it.each([
    ['an editor', () => editor, 'FORBIDDEN'],
    ['a reviewer', () => reviewer, 'FORBIDDEN'],
    ['an anonymous caller', () => null, 'UNAUTHENTICATED'],
  ])('refuses %s either way, changing nothing', async (_, actor, code) => {
    const active = await createActor(db, 'EDITOR');
    await addSession(active.id);
    expect((await refusal(() => deactivateUser(actor(), active.id))).code).toBe(code);
    const banned = await createActor(db, 'EDITOR');
    await db.user.update({ where: { id: banned.id }, data: { banned: true } });
    expect((await refusal(() => reactivateUser(actor(), banned.id))).code).toBe(code);
  });

  it('does not let an admin deactivate themself', async () => {
    await addSession(admin.id);
    const error = await refusal(() => deactivateUser(admin, admin.id));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/your own account/);
  });

  it('answers not found for an unknown account', async () => {
    expect((await refusal(() => deactivateUser(admin, randomUUID()))).code).toBe('NOT_FOUND');
    expect((await refusal(() => reactivateUser(admin, ''))).code).toBe('NOT_FOUND');
  });
});

describe('listUsers', () => {
  it('shows an admin every account with its claim count', async () => {
    const users = await listUsers(admin);
    expect(users.find((user) => user.id === editor.id)).toMatchObject({ email: editor.email, role: 'EDITOR', banned: false, _count: { claims: 0 } });
  });

  it('refuses everyone else', async () => {
    await expect(listUsers(editor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listUsers(reviewer)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listUsers(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('the last administrator', () => {
  it('cannot demote themself; a deactivated administrator does not count', async () => {
    for (const other of await db.user.findMany({ where: { role: 'ADMIN', banned: false, id: { not: admin.id } } })) {
      await deactivateUser(admin, other.id);
    }
    const error = await refusal(() => setUserRole(admin, admin.id, { role: 'EDITOR' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/last administrator/);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe('ADMIN');
  });
});

describe('two administrators at the same moment', () => {
  /** Leaves `keep` as the only active administrators, deactivated by the first of them. */
  async function onlyAdmins(...keep: Actor[]) {
    const ids = keep.map((actor) => actor.id);
    for (const other of await db.user.findMany({ where: { role: 'ADMIN', banned: false, id: { notIn: ids } } })) {
      await deactivateUser(keep[0], other.id);
    }
  }
  const activeAdmins = () => db.user.count({ where: { role: 'ADMIN', banned: false } });

  it('cannot both step down and leave no administrator', async () => {
    const [first, second] = await Promise.all([createActor(db, 'ADMIN'), createActor(db, 'ADMIN')]);
    await onlyAdmins(first, second);
    const results = await Promise.allSettled([
      setUserRole(first, first.id, { role: 'EDITOR' }),
      setUserRole(second, second.id, { role: 'EDITOR' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await activeAdmins()).toBe(1);
  });

  it('cannot deactivate each other and leave no administrator', async () => {
    const [first, second] = await Promise.all([createActor(db, 'ADMIN'), createActor(db, 'ADMIN')]);
    await onlyAdmins(first, second);
    const results = await Promise.allSettled([deactivateUser(first, second.id), deactivateUser(second, first.id)]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'FORBIDDEN' } });
    expect(await activeAdmins()).toBe(1);
  });
});
