import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditJsonLimit, auditPageSize, formatAuditJson, listAuditEvents } from '@/lib/audit/list-audit-events';
import type { Actor } from '@/lib/auth/permissions';
import type { Database } from '@/lib/database/prisma-client';
import { createActor } from '../setup/actors';
import { testDb } from '../setup/databases';

// The database is shared with the other test files: every query here is narrowed to this file's own actors
// or target ids.
let db: Database;
let admin: Actor;
let alice: Actor;
let bob: Actor;
const claimId = randomUUID();
const sourceId = randomUUID();
const linkId = randomUUID();
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = testDb();
  [admin, alice, bob] = await Promise.all([createActor(db, 'ADMIN'), createActor(db, 'EDITOR'), createActor(db, 'EDITOR')]);
  // One at a time, so ids grow in this order and `bobUpdate` is the newest.
  const events = [
    ['create', alice, 'claim.create', 'Claim', claimId, '2014-07-14T00:00:00Z', null, { text: 'AQIM rejects the caliphate' }],
    ['update', alice, 'claim.update', 'Claim', claimId, '2014-07-14T23:59:59Z', { text: 'AQIM rejects the caliphate' }, { text: 'AQIM rejects IS’s caliphate' }],
    ['source', alice, 'source.update', 'Source', sourceId, '2014-07-15T12:00:00Z', { grade: 'C' }, { grade: 'B' }],
    ['link', alice, 'link.create', 'ClaimLink', linkId, '2014-07-16T00:00:00Z', null, { kind: 'CONTRADICTS' }],
    ['bobUpdate', bob, 'claim.update', 'Claim', claimId, '2014-07-15T08:00:00Z', { text: 'AQIM rejects IS’s caliphate' }, { text: 'تنظيم القاعدة يرفض الخلافة' }],
  ] as const;
  for (const [key, actor, action, targetType, targetId, at, before, after] of events) {
    const event = await db.auditEvent.create({
      data: { actorId: actor.id, action, targetType, targetId, createdAt: new Date(at), before: before ?? undefined, after },
    });
    ids[key] = event.id.toString();
  }
});
afterAll(() => db.$disconnect());

const list = (params: Record<string, string | string[] | undefined>) => listAuditEvents(admin, params);
const idsOf = async (params: Record<string, string | string[] | undefined>) => (await list(params)).events.map((event) => event.id);

describe('listAuditEvents', () => {
  it('is for admins only', async () => {
    const [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
    await expect(listAuditEvents(editor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAuditEvents(reviewer, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAuditEvents(null, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('filters by actor, newest first, with the actor’s name and the before and after', async () => {
    const { events } = await list({ actor: alice.id });
    expect(events.map((event) => event.id)).toEqual([ids.link, ids.source, ids.update, ids.create]);
    expect(events.every((event) => event.actor?.name === alice.name)).toBe(true);
    expect(events[2]).toMatchObject({ action: 'claim.update', targetType: 'Claim', targetId: claimId, before: { text: 'AQIM rejects the caliphate' } });
    expect(events[3].before).toBeNull();
  });

  it('filters by action, target type and target id, alone and together', async () => {
    expect(await idsOf({ actor: alice.id, action: 'claim.update' })).toEqual([ids.update]);
    expect(await idsOf({ actor: alice.id, targetType: 'Source' })).toEqual([ids.source]);
    expect(await idsOf({ targetId: claimId })).toEqual([ids.bobUpdate, ids.update, ids.create]);
    expect(await idsOf({ targetId: claimId, action: 'claim.update' })).toEqual([ids.bobUpdate, ids.update]);
    expect(await idsOf({ targetId: linkId, targetType: 'ClaimLink' })).toEqual([ids.link]);
    expect(await idsOf({ targetId: linkId, targetType: 'Claim' })).toEqual([]);
  });

  it('matches a target id pasted in capitals, and only the exact id', async () => {
    expect(await idsOf({ targetId: `  ${claimId.toUpperCase()} ` })).toEqual([ids.bobUpdate, ids.update, ids.create]);
    expect(await idsOf({ targetId: claimId.slice(0, 8) })).toEqual([]);
  });

  it.each([
    ['both ends, inclusive', { from: '2014-07-14', to: '2014-07-15' }, ['source', 'update', 'create']],
    ['a single day', { from: '2014-07-15', to: '2014-07-15' }, ['source']],
    ['from a day on', { from: '2014-07-16' }, ['link']],
    ['up to a day', { to: '2014-07-14' }, ['update', 'create']],
    ['a range that ends before it starts', { from: '2014-07-16', to: '2014-07-14' }, []],
  ])('filters by UTC day: %s', async (_, days, expected) => {
    expect(await idsOf({ actor: alice.id, ...days })).toEqual(expected.map((key) => ids[key]));
  });

  it('offers the actors, actions and target types on record as choices', async () => {
    const { options } = await list({});
    expect(options.actors).toEqual(expect.arrayContaining([{ id: alice.id, name: alice.name, email: alice.email }, { id: bob.id, name: bob.name, email: bob.email }]));
    expect(options.actors.some((user) => user.id === admin.id)).toBe(false);
    expect(options.actions).toEqual(expect.arrayContaining(['claim.create', 'claim.update', 'source.update', 'link.create']));
    expect(new Set(options.actions).size).toBe(options.actions.length);
    expect(options.targetTypes).toEqual(expect.arrayContaining(['Claim', 'Source', 'ClaimLink']));
    expect(new Set(options.targetTypes).size).toBe(options.targetTypes.length);
  });

  it('pages through with a cursor, newest first, without duplicates or gaps', async () => {
    const carol = await createActor(db, 'EDITOR');
    const created = await db.auditEvent.createManyAndReturn({
      data: Array.from({ length: 2 * auditPageSize + 20 }, (_, index) => ({
        actorId: carol.id,
        action: 'source.update',
        targetType: 'Source',
        targetId: `${randomUUID()}`,
        after: { index },
      })),
      select: { id: true },
    });
    const expected = created.map((event) => event.id).sort((a, b) => (a < b ? 1 : -1)).map(String);

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let before: string | undefined;
    do {
      const page = await list({ actor: carol.id, action: 'source.update', before });
      expect(page.cursor).toBe(before ?? null);
      pageSizes.push(page.events.length);
      seen.push(...page.events.map((event) => event.id));
      before = page.nextCursor ?? undefined;
    } while (before && pageSizes.length < 10);

    expect(pageSizes).toEqual([auditPageSize, auditPageSize, 20]);
    expect(seen).toEqual(expected);
  });

  it('ignores malformed filter values instead of failing', async () => {
    const all = [ids.link, ids.source, ids.update, ids.create];
    expect(await idsOf({ actor: alice.id, from: '2014-13-45' })).toEqual(all);
    expect(await idsOf({ actor: alice.id, to: '2014-02-30', from: 'yesterday' })).toEqual(all);
    expect(await idsOf({ actor: alice.id, before: 'abc' })).toEqual(all);
    expect(await idsOf({ actor: alice.id, before: '-1' })).toEqual(all);
    expect(await idsOf({ actor: alice.id, before: '99999999999999999999' })).toEqual(all);
    expect(await idsOf({ actor: alice.id, action: '<script>alert(1)</script>' })).toEqual(all);
    expect(await idsOf({ actor: alice.id, targetType: 'Claim; DROP TABLE' })).toEqual(all);
    expect(await idsOf({ actor: alice.id, targetId: 'x'.repeat(500) })).toEqual(all);
    const { filter } = await list({ actor: alice.id, from: '2014-13-45', before: 'abc' });
    expect(filter).toEqual({ actor: alice.id });
  });

  it('finds nothing for a well-formed action or actor that is not on record', async () => {
    expect(await idsOf({ actor: alice.id, action: 'claim.no-such-action' })).toEqual([]);
    expect(await idsOf({ actor: randomUUID() })).toEqual([]);
  });

  it('takes the first of a repeated parameter', async () => {
    expect(await idsOf({ actor: [alice.id, bob.id], targetId: claimId })).toEqual([ids.update, ids.create]);
  });
});

describe('formatAuditJson', () => {
  it('indents a recorded state and leaves a missing one missing', () => {
    expect(formatAuditJson(null)).toBeNull();
    const text = '{\n  "grade": "B",\n  "tags": [\n    "a"\n  ]\n}';
    expect(formatAuditJson({ grade: 'B', tags: ['a'] })).toEqual({ text, length: text.length, truncated: false });
  });

  it('cuts a huge state short and says how long it was', () => {
    const state = formatAuditJson({ text: 'x'.repeat(30_000) });
    expect(state).toMatchObject({ truncated: true, length: 30_000 + '{\n  "text": ""\n}'.length });
    expect(state?.text).toHaveLength(auditJsonLimit);
  });

  it('never cuts a character in two', () => {
    const state = formatAuditJson('😀😀😀', 4);
    expect(state).toEqual({ text: '"😀', length: 8, truncated: true });
  });
});
