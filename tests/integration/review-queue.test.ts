import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import type { Database } from '@/lib/database/prisma-client';
import { createLink } from '@/lib/links/create-link';
import { submitLink } from '@/lib/links/update-link';
import { decideOnClaim } from '@/lib/reviews/decide';
import { encodeQueueCursor } from '@/lib/reviews/queue-schema';
import { countInReview, listReviewQueue, queuePageSize, type QueuePage } from '@/lib/reviews/review-queue';
import { createActor } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

// The review queue, a page at a time: 120 claims and 30 links by one editor, in review, many of them at the
// same moment (claims and links alike), walked with the cursor forwards and back, whole and filtered.

let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;
let otherTopic: { id: string };
/** The editor's items as the queue must list them: oldest first, then claims before links, then by id. */
let expected: { key: string; at: number; kind: 'claim' | 'link'; id: string; onOtherTopic: boolean }[];

const base = Date.UTC(2001, 0, 1);
const key = (item: { kind: string; id: string }) => `${item.kind}:${item.id}`;
const queueOrder = (a: { at: number; kind: string; id: string }, b: { at: number; kind: string; id: string }) =>
  a.at - b.at || a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function claimsInReview(author: Actor, count: number, label: string, topicIds: (i: number) => string[] = () => [fixtures.topic.id]) {
  const ids: string[] = [];
  // A few at a time: each is its own transaction with its audit row.
  for (let i = 0; i < count; i += 6) {
    const batch = Array.from({ length: Math.min(6, count - i) }, (_, j) => i + j);
    ids.push(
      ...(await Promise.all(
        batch.map(async (n) => {
          const claim = await createClaim(author, claimInput(fixtures, { statement: `Queued claim ${label} ${n} (${fixtures.tag})`, topicIds: topicIds(n) }));
          await submitClaim(author, claim.id, { version: 1 });
          return claim.id;
        }),
      )),
    );
  }
  return ids;
}

/** Follows "next" from the first page to the last. */
async function walk(params: Record<string, string> = {}) {
  const pages: QueuePage[] = [await listReviewQueue(params)];
  while (pages.at(-1)!.next) pages.push(await listReviewQueue({ ...params, after: pages.at(-1)!.next! }));
  return pages;
}

const keys = (pages: QueuePage[]) => pages.flatMap((page) => page.items.map(key));

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
  otherTopic = await db.topic.create({ data: { slug: `queue-${fixtures.tag}`, title: `Queue ${fixtures.tag}`, summary: '' } });

  const claims = await claimsInReview(editor, 120, 'A', (i) => (i % 3 === 0 ? [fixtures.topic.id, otherTopic.id] : [fixtures.topic.id]));
  const links: string[] = [];
  for (let i = 0; i < 30; i++) {
    const link = await createLink(editor, { claimAId: claims[2 * i], claimBId: claims[2 * i + 1], kind: 'SUPPORTS' });
    await submitLink(editor, link.id, { version: 1 });
    links.push(link.id);
  }
  // Four claims a second for 30 seconds, and two links a second for the first 15: page boundaries fall inside
  // groups that share a moment, across kinds and within one.
  const at = (second: number) => new Date(base + second * 1000);
  for (let second = 0; second < 30; second++) {
    await db.claim.updateMany({ where: { id: { in: claims.slice(second * 4, second * 4 + 4) } }, data: { updatedAt: at(second) } });
    if (second < 15) await db.claimLink.updateMany({ where: { id: { in: links.slice(second * 2, second * 2 + 2) } }, data: { updatedAt: at(second) } });
  }
  expected = [
    ...claims.map((id, i) => ({ kind: 'claim' as const, id, at: at(Math.floor(i / 4)).getTime(), onOtherTopic: i % 3 === 0 })),
    ...links.map((id, i) => ({ kind: 'link' as const, id, at: at(Math.floor(i / 2)).getTime(), onOtherTopic: (2 * i) % 3 === 0 || (2 * i + 1) % 3 === 0 })),
  ]
    .map((item) => ({ ...item, key: key(item) }))
    .sort(queueOrder);
}, 180_000);
afterAll(() => db.$disconnect());

describe('the review queue, a page at a time', () => {
  it('walks one editor’s 150 items in pages of 50, each exactly once, oldest first, with the count and the range', async () => {
    const pages = await walk({ editor: editor.id });
    expect(pages.map(({ total, from, to }) => ({ total, from, to }))).toEqual([
      { total: 150, from: 1, to: 50 },
      { total: 150, from: 51, to: 100 },
      { total: 150, from: 101, to: 150 },
    ]);
    expect(keys(pages)).toEqual(expected.map((item) => item.key));
    expect(pages[0].previous).toBeNull();
    expect(pages.at(-1)!.next).toBeNull();
  });

  it('walks back with "previous" through the same pages', async () => {
    const forwards = await walk({ editor: editor.id });
    const backwards = [forwards.at(-1)!];
    while (backwards.at(-1)!.previous) backwards.push(await listReviewQueue({ editor: editor.id, before: backwards.at(-1)!.previous! }));
    expect(backwards.reverse().map((page) => page.items.map(key))).toEqual(forwards.map((page) => page.items.map(key)));
    expect(backwards.map((page) => page.from)).toEqual([1, 51, 101]);
  });

  it('walks the whole queue, everyone’s, each item once, in order, as many as the navigation counts', async () => {
    const pages = await walk();
    const all = pages.flatMap((page) => page.items);
    const waiting = (await db.claim.count({ where: { status: 'IN_REVIEW' } })) + (await db.claimLink.count({ where: { status: 'IN_REVIEW' } }));
    expect(pages[0].total).toBe(waiting);
    expect(await countInReview()).toBe(waiting);
    expect(all).toHaveLength(waiting);
    expect(new Set(all.map(key)).size).toBe(waiting);
    const positions = all.map((item) => ({ at: item.since.getTime(), kind: item.kind, id: item.id }));
    expect(positions).toEqual([...positions].sort(queueOrder));
    expect(pages.every((page, i) => page.from === i * queuePageSize + 1 && page.to === page.from + page.items.length - 1)).toBe(true);
    expect(all.map(key).filter((item) => expected.some((mine) => mine.key === item))).toEqual(expected.map((item) => item.key));
  });

  it('keeps the kind and topic filters, alone and together, in the count and on every page', async () => {
    for (const [params, want] of [
      [{ editor: editor.id, kind: 'claim' }, expected.filter((item) => item.kind === 'claim')],
      [{ editor: editor.id, kind: 'link' }, expected.filter((item) => item.kind === 'link')],
      [{ topic: otherTopic.id }, expected.filter((item) => item.onOtherTopic)],
      [{ topic: otherTopic.id, kind: 'link', editor: editor.id }, expected.filter((item) => item.onOtherTopic && item.kind === 'link')],
    ] as const) {
      const pages = await walk(params);
      expect(keys(pages), JSON.stringify(params)).toEqual(want.map((item) => item.key));
      expect(pages.every((page) => page.total === want.length && page.filter.kind === params.kind)).toBe(true);
    }
  });

  it('shows the first page, with a message, for a cursor it did not give out; never an error', async () => {
    const [first, second] = await walk({ editor: editor.id });
    const valid = first.next!;
    const tampered = [
      valid.slice(0, -6),
      `${valid}*`,
      'not a cursor!',
      '',
      'x'.repeat(2_000),
      Buffer.from('{"at":"yesterday","kind":"claim","id":"x"}').toString('base64url'),
      Buffer.from(JSON.stringify({ at: new Date().toISOString(), kind: 'source', id: editor.id })).toString('base64url'),
      Buffer.from('[1,2,3]').toString('base64url'),
    ];
    for (const cursor of tampered) {
      for (const direction of ['after', 'before']) {
        const page = await listReviewQueue({ editor: editor.id, [direction]: cursor });
        expect(page.cursorProblem, `${direction}=${cursor.slice(0, 40)}`).toMatch(/not one this queue gave out/);
        expect(page.items.map(key)).toEqual(first.items.map(key));
      }
    }
    // Both directions at once, or the cursor twice, is not an address the queue makes either.
    expect((await listReviewQueue({ editor: editor.id, after: valid, before: valid })).cursorProblem).toBeTruthy();
    const repeated = await listReviewQueue({ editor: editor.id, after: [valid, 'junk'] });
    expect(repeated.cursorProblem).toBeNull();
    expect(repeated.items.map(key)).toEqual(second.items.map(key));
  });

  it('answers a cursor past the end with an empty page that still counts what waits', async () => {
    const page = await listReviewQueue({ editor: editor.id, after: encodeQueueCursor({ at: new Date(base + 3_600_000), kind: 'link', id: 'ffffffff-ffff-7fff-bfff-ffffffffffff' }) });
    expect(page).toMatchObject({ items: [], total: 150, from: 0, to: 0, next: null, previous: null, cursorProblem: null });
  });
});

describe('the topic filter, by a name the reviewer types', () => {
  let named: { id: string; title: string }[];
  beforeAll(async () => {
    const topic = (slug: string, title: string) => db.topic.create({ data: { slug: `${slug}-${fixtures.tag}`, title, summary: '' }, select: { id: true, title: true } });
    named = [
      await topic('queue-extra', `Queue ${fixtures.tag} extra`),
      await topic('twin-a', `Twin ${fixtures.tag}`),
      await topic('twin-b', `Twin ${fixtures.tag}`),
      ...(await Promise.all(Array.from({ length: 21 }, (_, n) => topic(`many-${n}`, `Many ${fixtures.tag} ${String(n).padStart(2, '0')}`)))),
      await topic('slash', `Slash ${fixtures.tag} a\\b`),
    ];
  });
  const onOtherTopic = () => expected.filter((item) => item.onOtherTopic).map((item) => item.key);

  it('filters by the topic titled so, ignoring case and spaces around, though another title contains the name too', async () => {
    const first = await listReviewQueue({ topicName: `  QUEUE ${fixtures.tag} ` });
    expect(first.topic).toEqual({ id: otherTopic.id, title: `Queue ${fixtures.tag}` });
    // The queue's links carry the topic's id, not the name.
    const pages = [first];
    while (pages.at(-1)!.next) pages.push(await listReviewQueue({ topic: first.filter.topic!, after: pages.at(-1)!.next! }));
    expect(pages.length).toBeGreaterThan(1);
    expect(keys(pages)).toEqual(onOtherTopic());
  });

  it('keeps the topic the form was showing while its field still has that title, though another topic shares it', async () => {
    const [, twin, otherTwin] = named;
    expect(await listReviewQueue({ topicName: `twin ${fixtures.tag}`, topic: otherTwin.id, kind: 'link' })).toMatchObject({ topic: otherTwin, topicChoices: null });
    expect(await listReviewQueue({ topicName: `${fixtures.tag} ext`, topic: twin.id })).toMatchObject({ topic: named[0], topicChoices: null });
    const cleared = await listReviewQueue({ topicName: ' ', topic: twin.id, editor: editor.id });
    expect(cleared).toMatchObject({ topic: null, topicChoices: null, total: expected.length });
  });

  it('takes a backslash in the name as itself', async () => {
    expect((await listReviewQueue({ topicName: `${fixtures.tag} a\\b` })).topic).toEqual(named.at(-1));
  });

  it('filters by the one topic whose title contains the name', async () => {
    const page = await listReviewQueue({ topicName: `${fixtures.tag} ext` });
    expect(page.topic).toEqual(named[0]);
    expect(page.topicChoices).toBeNull();
    expect(page.total).toBe(0);
  });

  it('offers the topics a name could mean, and lists none of the queue, when it is not one topic’s', async () => {
    const many = named.slice(3, -1).map(({ id, title }) => ({ id, title }));
    const twins = [named[1], named[2]].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const [typed, topics, more] of [
      // 27 titles contain it, the fixtures' topic's too: the first 20 by title.
      [fixtures.tag, [{ id: fixtures.topic.id, title: fixtures.topic.title }, ...many.slice(0, 19)], true],
      // Two topics are titled so.
      [`twin ${fixtures.tag}`, twins, false],
      // Wildcards are only characters.
      [`${fixtures.tag}%`, [], false],
      [`Queue_${fixtures.tag}`, [], false],
    ] as const) {
      const page = await listReviewQueue({ topicName: typed, kind: 'claim' });
      expect(page.topicChoices, typed).toEqual({ typed: typed.trim(), topics, more, problem: null });
      expect(page).toMatchObject({ topic: null, items: [], total: 0, next: null, previous: null });
    }
  });

  it('says why a name cannot be a title, and lists none of the queue', async () => {
    for (const [typed, shown, problem] of [
      ['a\u0000b', 'ab', 'Remove the NUL or broken character in this text'],
      ['x'.repeat(201), 'x'.repeat(201), 'At most 200 characters'],
    ] as const) {
      const page = await listReviewQueue({ topicName: typed, kind: 'claim' });
      expect(page.topicChoices).toEqual({ typed: shown, topics: [], more: false, problem });
      expect(page).toMatchObject({ topic: null, items: [], total: 0, next: null, previous: null });
    }
  });

  it('ignores a topic id no topic has', async () => {
    const page = await listReviewQueue({ topic: randomUUID(), editor: editor.id });
    expect(page).toMatchObject({ topic: null, topicChoices: null, total: expected.length });
    expect(page.filter.topic).toBeUndefined();
  });
}, 60_000);

describe('a queue that changes while a reviewer pages through it', () => {
  let author: Actor;
  let ids: string[];

  beforeAll(async () => {
    author = await createActor(db, 'EDITOR');
    ids = await claimsInReview(author, queuePageSize + 5, 'B');
    for (const [i, id] of ids.entries()) await db.claim.update({ where: { id }, data: { updatedAt: new Date(base - 3_600_000 + i * 1000) } });
  }, 120_000);

  it('continues after an item decided since its page was shown, and fills the first page when going back', async () => {
    const [first, second] = await walk({ editor: author.id });
    expect(second.items.map((item) => item.id)).toEqual(ids.slice(queuePageSize));
    // The last item of the first page is decided: the cursor names its place, which still exists.
    await decideOnClaim(reviewer, ids[queuePageSize - 1], { version: 1, decision: 'APPROVE' });
    const after = await listReviewQueue({ editor: author.id, after: first.next! });
    expect(after.items.map((item) => item.id)).toEqual(ids.slice(queuePageSize));
    expect(after).toMatchObject({ total: queuePageSize + 4, from: queuePageSize, to: queuePageSize + 4 });
    // Fewer than a page is now before the second page: "previous" shows the first page whole.
    const back = await listReviewQueue({ editor: author.id, before: second.previous! });
    expect(back).toMatchObject({ from: 1, to: queuePageSize, previous: null });
    expect(back.items.map((item) => item.id)).toEqual([...ids.slice(0, queuePageSize - 1), ids[queuePageSize]]);
  });
});
