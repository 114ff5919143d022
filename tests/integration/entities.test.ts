import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import type { Database } from '@/lib/database/prisma-client';
import { createEntity } from '@/lib/entities/create-entity';
import { nameMatchKey, normalizeName } from '@/lib/entities/normalize-name';
import { searchEntities } from '@/lib/entities/search-entities';
import { updateEntity } from '@/lib/entities/update-entity';
import { createActor, expectRefusal, snapshotCounts } from '../setup/actors';
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

// A name no other test row shares, so slugs and searches see only this test's rows.
const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

const valid = () => ({
  name: unique('Abdelmalek Droukdel'),
  kind: 'PERSON',
  description: 'Emir of AQIM',
  aliases: [
    { alias: 'Abu Musab Abdel Wadoud', note: 'Nom de guerre' },
    { alias: 'Droukdal', validFrom: '2004-01-01', validTo: '2020-06-03' },
  ],
});

const refusal = (run: () => Promise<unknown>) => expectRefusal(db, run);

describe('createEntity', () => {
  it.each([
    ['an editor', () => editor],
    ['an admin', () => admin],
  ])('lets %s add an entity with its aliases and the name among them, with its audit row', async (_, actor) => {
    const input = valid();
    const entity = await createEntity(actor(), input);
    expect(entity).toMatchObject({ version: 1, name: input.name, kind: 'PERSON', description: 'Emir of AQIM' });
    expect(entity.aliases.map((alias) => alias.alias).sort()).toEqual([input.name, 'Abu Musab Abdel Wadoud', 'Droukdal'].sort());
    expect(entity.aliases.find((alias) => alias.alias === 'Droukdal')).toMatchObject({
      validFrom: new Date('2004-01-01T00:00:00Z'),
      validTo: new Date('2020-06-03T00:00:00Z'),
    });
    const stored = await db.entityAlias.findFirstOrThrow({ where: { entityId: entity.id, alias: 'Abu Musab Abdel Wadoud' } });
    expect(stored).toMatchObject({ normalized: normalizeName('Abu Musab Abdel Wadoud'), matchKey: nameMatchKey('Abu Musab Abdel Wadoud'), note: 'Nom de guerre' });
    const audit = await db.auditEvent.findFirst({ where: { targetId: entity.id, action: 'entity.create' } });
    expect(audit?.actorId).toBe(actor().id);
    expect(audit?.after).toMatchObject({ name: input.name, slug: entity.slug });
  });

  it('derives a slug from the name and numbers it when taken', async () => {
    const name = unique('Al-Qāʿida fī Bilād');
    const first = await createEntity(editor, { name, kind: 'ORGANIZATION' });
    const second = await createEntity(editor, { name, kind: 'ORGANIZATION' });
    const third = await createEntity(editor, { name: `${name}!`, kind: 'ORGANIZATION' });
    expect(first.slug).toMatch(/^al-qaida-fi-bilad-[0-9a-f]{8}$/);
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(third.slug).toBe(`${first.slug}-3`);
  });

  it('refuses a slug asked for that is taken, with a message on the slug', async () => {
    const first = await createEntity(editor, valid());
    const error = await refusal(() => createEntity(editor, { ...valid(), slug: first.slug }));
    expect(error.code).toBe('CONFLICT');
    expect(error.fields.slug).toEqual(['This slug is taken']);
  });

  it('refuses a reviewer and an anonymous caller, saving nothing', async () => {
    expect((await refusal(() => createEntity(reviewer, valid()))).code).toBe('FORBIDDEN');
    expect((await refusal(() => createEntity(null, valid()))).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'name'],
    ['an unknown kind', { kind: 'COUNTRY' }, 'kind'],
    ['a description over 4,000 characters', { description: 'x'.repeat(4_001) }, 'description'],
    ['a slug that is not lower-case words and hyphens', { slug: 'Al Qaeda' }, 'slug'],
    ['an empty alias', { aliases: [{ alias: ' ' }] }, 'aliases.0.alias'],
    ['an alias period that ends before it starts', { aliases: [{ alias: 'GSPC', validFrom: '2007-01-24', validTo: '1998-09-01' }] }, 'aliases.0.validTo'],
    ['an impossible alias date', { aliases: [{ alias: 'GSPC', validFrom: '2007-02-30' }] }, 'aliases.0.validFrom'],
    ['the same alias twice, differing only in case and spacing', { aliases: [{ alias: 'AQIM' }, { alias: 'GSPC' }, { alias: ' aqim ' }] }, 'aliases.2.alias'],
    ['more than 100 aliases', { aliases: Array.from({ length: 101 }, (_, index) => ({ alias: `Alias ${index}` })) }, 'aliases'],
  ])('refuses %s with a message on the field, saving nothing', async (_, override, field) => {
    const error = await refusal(() => createEntity(editor, { ...valid(), ...override }));
    expect(error.code).toBe('INVALID');
    expect(error.fields[field]?.length).toBeGreaterThan(0);
  });
});

describe('updateEntity', () => {
  it('changes only the fields sent, keeps the aliases, and records before and after', async () => {
    const entity = await createEntity(editor, valid());
    const updated = await updateEntity(editor, entity.id, { version: 1, description: 'Killed in June 2020' });
    expect(updated).toMatchObject({ version: 2, name: entity.name, slug: entity.slug, description: 'Killed in June 2020' });
    expect(updated.aliases).toEqual(entity.aliases);
    const audit = await db.auditEvent.findFirst({ where: { targetId: entity.id, action: 'entity.update' } });
    expect(audit?.actorId).toBe(editor.id);
    expect(audit?.before).toMatchObject({ version: 1, description: 'Emir of AQIM' });
    expect(audit?.after).toMatchObject({ version: 2, description: 'Killed in June 2020' });
  });

  it('replaces the alias list when one is sent, keeping the name among the aliases', async () => {
    const entity = await createEntity(editor, valid());
    const updated = await updateEntity(admin, entity.id, { version: 1, aliases: [{ alias: 'Abdelmalek Droukdal', note: 'French press' }] });
    expect(updated.aliases.map((alias) => alias.alias).sort()).toEqual([entity.name, 'Abdelmalek Droukdal'].sort());
    expect(await db.entityAlias.count({ where: { entityId: entity.id } })).toBe(2);
    const audit = await db.auditEvent.findFirst({ where: { targetId: entity.id, action: 'entity.update' } });
    expect((audit?.before as { aliases: unknown[] }).aliases).toHaveLength(3);
  });

  it('keeps the old name as an alias when the entity is renamed, and keeps the slug', async () => {
    const entity = await createEntity(editor, valid());
    const renamed = unique('Abu Musab Abdel Wadoud');
    const updated = await updateEntity(editor, entity.id, { version: 1, name: renamed, slug: '' });
    expect(updated.slug).toBe(entity.slug);
    expect(updated.aliases.map((alias) => alias.alias)).toEqual(expect.arrayContaining([entity.name, renamed]));
  });

  it('refuses a stale edit with the current version, overwriting nothing', async () => {
    const entity = await createEntity(editor, valid());
    await updateEntity(admin, entity.id, { version: 1, description: 'Newer description' });
    const error = await refusal(() => updateEntity(editor, entity.id, { version: 1, description: 'Stale description', aliases: [] }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ current: { version: 2, description: 'Newer description' } });
    const stored = await db.entity.findUniqueOrThrow({ where: { id: entity.id }, include: { aliases: true } });
    expect(stored.description).toBe('Newer description');
    expect(stored.aliases).toHaveLength(3);
  });

  it('refuses a reviewer and an anonymous caller, saving nothing', async () => {
    const entity = await createEntity(editor, valid());
    expect((await refusal(() => updateEntity(reviewer, entity.id, { version: 1, name: 'Renamed' }))).code).toBe('FORBIDDEN');
    expect((await refusal(() => updateEntity(null, entity.id, { version: 1, name: 'Renamed' }))).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a name removed', { name: null }, 'name'],
    ['an unknown kind', { kind: 'GROUP' }, 'kind'],
    ['an alias period that ends before it starts', { aliases: [{ alias: 'GSPC', validFrom: '2007-01-24', validTo: '2007-01-23' }] }, 'aliases.0.validTo'],
    ['the same alias twice', { aliases: [{ alias: 'Droukdal' }, { alias: 'DROUKDAL' }] }, 'aliases.1.alias'],
    ['no version', { version: undefined }, 'version'],
  ])('refuses %s with a message on the field, saving nothing', async (_, override, field) => {
    const entity = await createEntity(editor, valid());
    const error = await refusal(() => updateEntity(editor, entity.id, { version: 1, ...override }));
    expect(error.code).toBe('INVALID');
    expect(error.fields[field]?.length).toBeGreaterThan(0);
  });

  it('refuses a slug another entity has', async () => {
    const [first, second] = [await createEntity(editor, valid()), await createEntity(editor, valid())];
    const error = await refusal(() => updateEntity(editor, second.id, { version: 1, slug: first.slug }));
    expect(error.code).toBe('CONFLICT');
    expect(error.fields.slug).toBeTruthy();
  });

  it('answers not found for an unknown or malformed id', async () => {
    expect((await refusal(() => updateEntity(editor, 'not-an-id', { version: 1 }))).code).toBe('NOT_FOUND');
    expect((await refusal(() => updateEntity(editor, '01a1fca6-0000-7000-8000-000000000000', { version: 1 }))).code).toBe('NOT_FOUND');
  });
});

describe('searchEntities, the entity picker', () => {
  const seeded = new Map<string, string>();

  beforeAll(async () => {
    const corpus = [
      { key: 'zawahiri', name: 'Ayman al-Zawahiri', kind: 'PERSON', aliases: [{ alias: 'Zawahiri' }, { alias: 'al Zawahiri' }] },
      { key: 'assimi', name: 'Abu Abdullah Othman al-Assimi', kind: 'PERSON', aliases: [{ alias: 'al-Assimi' }] },
      {
        key: 'aqim',
        name: 'al-Qaeda in the Islamic Maghreb',
        kind: 'ORGANIZATION',
        aliases: [{ alias: 'AQIM' }, { alias: 'GSPC', validTo: '2007-01-24', note: 'Salafist Group for Preaching and Combat' }],
      },
      // Decoys: a spelling that shares AQIM's consonants, and a name that shares only a word with al-Assimi.
      { key: 'akim', name: 'Akim Brigade', kind: 'ORGANIZATION', aliases: [{ alias: 'Akim' }] },
      { key: 'asma', name: 'Asma al-Assad', kind: 'PERSON', aliases: [] },
    ];
    for (const { key, ...input } of corpus) seeded.set(key, (await createEntity(editor, input)).id);
  });

  // The test database is shared: look only at this block's rows.
  const ours = async (text: string) => (await searchEntities(text, 100)).filter((match) => [...seeded.values()].includes(match.id));

  it('finds Ayman al-Zawahiri from "Zawahri"', async () => {
    const [first] = await ours('Zawahri');
    expect(first).toMatchObject({ id: seeded.get('zawahiri'), name: 'Ayman al-Zawahiri', kind: 'PERSON' });
    expect(['Zawahiri', 'al Zawahiri']).toContain(first.matchedAlias);
  });

  it('finds al-Assimi from "al-Asemi", matched on the short alias, ahead of a name that shares a word', async () => {
    const matches = await ours('al-Asemi');
    expect(matches[0]).toMatchObject({ id: seeded.get('assimi'), matchedAlias: 'al-Assimi' });
    expect(matches.map((match) => match.id)).not.toContain(seeded.get('zawahiri'));
  });

  it('puts the exact alias "AQIM" before a spelling that only sounds alike', async () => {
    const matches = await ours('AQIM');
    expect(matches[0]).toMatchObject({ id: seeded.get('aqim'), matchedAlias: 'AQIM', slug: expect.stringMatching(/^al-qaeda-in-the-islamic-maghreb/) });
    expect(matches.map((match) => match.id)).toContain(seeded.get('akim'));
    expect((await ours('aqim'))[0].id).toBe(seeded.get('aqim'));
  });

  it('finds an entity by its former name and by its own name', async () => {
    expect((await ours('GSPC'))[0]).toMatchObject({ id: seeded.get('aqim'), matchedAlias: 'GSPC' });
    expect((await ours("al-Qa'ida in the Islamic Maghrib"))[0]).toMatchObject({ id: seeded.get('aqim'), matchedAlias: 'al-Qaeda in the Islamic Maghreb' });
  });

  it('finds by the start of a name', async () => {
    expect((await ours('Abu Abdul'))[0]?.id).toBe(seeded.get('assimi'));
  });

  it('returns one row per entity', async () => {
    const matches = await searchEntities('Zawahiri', 100);
    expect(new Set(matches.map((match) => match.id)).size).toBe(matches.length);
  });

  it.each(["'; drop table \"Entity\"; --", '%_', '%', '\\', "al' OR 1=1 --", '   '])('treats %j as text, not SQL', async (text) => {
    const before = await snapshotCounts(db);
    const matches = await searchEntities(text);
    expect(Array.isArray(matches)).toBe(true);
    expect(matches.filter((match) => [...seeded.values()].includes(match.id))).toEqual([]);
    expect(await snapshotCounts(db)).toEqual(before);
  });
});
