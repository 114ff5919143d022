import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import type { Database } from '@/lib/database/prisma-client';
import { createSource } from '@/lib/sources/create-source';
import { updateSource } from '@/lib/sources/update-source';
import { createActor, expectRefusal, uniqueUrl } from '../setup/actors';
import { testDb } from '../setup/databases';

let db: Database;
let editor: Actor;
let admin: Actor;
let reviewer: Actor;

beforeAll(async () => {
  db = testDb();
  [editor, admin, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'ADMIN'), createActor(db, 'REVIEWER')]);
});
afterAll(() => db.$disconnect());

const valid = () => ({
  title: 'AQIM rejects Islamic State’s caliphate',
  url: uniqueUrl('lwj'),
  publisher: 'Long War Journal',
  kind: 'NEWS_REPORT',
  grade: 'B',
  gradeNote: 'Specialist outlet',
  publishedAt: '2014-07-14',
});

const refusal = (run: () => Promise<unknown>) => expectRefusal(db, run);

describe('createSource', () => {
  it.each([
    ['an editor', () => editor],
    ['an admin', () => admin],
  ])('lets %s add a source, with its audit row', async (_, actor) => {
    const source = await createSource(actor(), valid());
    expect(source).toMatchObject({ version: 1, grade: 'B', publisher: 'Long War Journal' });
    const audit = await db.auditEvent.findFirst({ where: { targetId: source.id, action: 'source.create' } });
    expect(audit?.actorId).toBe(actor().id);
  });

  it('refuses a reviewer and an anonymous caller, saving nothing', async () => {
    expect((await refusal(() => createSource(reviewer, valid()))).code).toBe('FORBIDDEN');
    expect((await refusal(() => createSource(null, valid()))).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a URL that is not http or https', { url: 'javascript:alert(1)' }, 'url'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a grade outside A–F', { grade: 'G' }, 'grade'],
    ['a publication date in the future', { publishedAt: '2999-01-01' }, 'publishedAt'],
    ['an impossible date', { publishedAt: '2014-02-30' }, 'publishedAt'],
    ['a correction kind without its date', { correctionKind: 'UPDATED' }, 'correctedAt'],
  ])('refuses %s with a message on the field, saving nothing', async (_, override, field) => {
    const error = await refusal(() => createSource(editor, { ...valid(), ...override }));
    expect(error.code).toBe('INVALID');
    expect(error.fields[field]?.length).toBeGreaterThan(0);
  });

  it('refuses an unknown source to derive from', async () => {
    const error = await refusal(() => createSource(editor, { ...valid(), derivedFromId: '01a1fca6-0000-7000-8000-000000000000' }));
    expect(error.fields.derivedFromId).toEqual(['No such source']);
  });

  it('offers the existing source instead of a duplicate, whatever the spelling of its address', async () => {
    const url = uniqueUrl('dup');
    const first = await createSource(editor, { ...valid(), url });
    const error = await refusal(() => createSource(editor, { ...valid(), url: `${url.replace('news.example.org', 'NEWS.example.org')}/?utm_source=x#top` }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ existingSource: { id: first.id, title: first.title } });
  });
});

describe('updateSource', () => {
  it('changes only the fields sent and records before and after', async () => {
    const source = await createSource(editor, valid());
    const updated = await updateSource(editor, source.id, { version: 1, grade: 'A', gradeNote: 'Confirmed by SITE' });
    expect(updated).toMatchObject({ version: 2, grade: 'A', gradeNote: 'Confirmed by SITE', title: source.title, url: source.url });
    const audit = await db.auditEvent.findFirst({ where: { targetId: source.id, action: 'source.update' } });
    expect(audit?.before).toMatchObject({ grade: 'B' });
    expect(audit?.after).toMatchObject({ grade: 'A' });
  });

  it('refuses a stale edit with the current version, overwriting nothing', async () => {
    const source = await createSource(editor, valid());
    await updateSource(admin, source.id, { version: 1, title: 'Newer title' });
    const error = await refusal(() => updateSource(editor, source.id, { version: 1, title: 'Stale title' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ current: { version: 2, title: 'Newer title' } });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe('Newer title');
  });

  it('refuses a reporting chain that loops', async () => {
    const origin = await createSource(editor, valid());
    const repost = await createSource(editor, { ...valid(), derivedFromId: origin.id });
    const error = await refusal(() => updateSource(editor, origin.id, { version: 1, derivedFromId: repost.id }));
    expect(error.fields.derivedFromId).toBeTruthy();
  });

  it('answers not found for an unknown or malformed id', async () => {
    expect((await refusal(() => updateSource(editor, 'not-an-id', { version: 1 }))).code).toBe('NOT_FOUND');
    expect((await refusal(() => updateSource(editor, '01a1fca6-0000-7000-8000-000000000000', { version: 1 }))).code).toBe('NOT_FOUND');
  });

  it('does not let a required field be cleared', async () => {
    const source = await createSource(editor, valid());
    expect((await refusal(() => updateSource(editor, source.id, { version: 1, title: null }))).code).toBe('INVALID');
  });
});

describe('updateSource, more', () => {
  it('refuses a reviewer and an anonymous caller, changing nothing', async () => {
    const source = await createSource(editor, valid());
    for (const actor of [reviewer, null]) await refusal(() => updateSource(actor, source.id, { version: 1, grade: 'E' }));
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).grade).toBe('B');
  });

  it('validates the record as it would stand: a correction kind alone is refused, with its date it is kept', async () => {
    const source = await createSource(editor, valid());
    expect((await refusal(() => updateSource(editor, source.id, { version: 1, correctionKind: 'CORRECTED' }))).fields.correctedAt).toBeTruthy();
    const corrected = await updateSource(editor, source.id, { version: 1, correctionKind: 'CORRECTED', correctedAt: '2014-07-15' });
    expect(corrected).toMatchObject({ correctionKind: 'CORRECTED', version: 2 });
    const cleared = await updateSource(editor, source.id, { version: 2, correctionKind: null, correctedAt: null });
    expect(cleared).toMatchObject({ correctionKind: null, correctedAt: null, version: 3 });
  });
});
