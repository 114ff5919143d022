import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { suggestConflicts } from '@/lib/claims/suggest-conflicts';
import type { Database } from '@/lib/database/prisma-client';
import { createLink } from '@/lib/links/create-link';
import { submitLink, updateLink } from '@/lib/links/update-link';
import { createActor, expectRefusal } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
});
afterAll(() => db.$disconnect());

const refusal = (run: () => Promise<unknown>) => expectRefusal(db, run);

const backsIsis = () =>
  claimInput(fixtures, { statement: `AQIM backs ISIS (${fixtures.tag})`, relation: 'supports', objectId: fixtures.isis.id, claimedAt: '2014-07-02' });

describe('links', () => {
  it('link two claims as a contradiction, once per pair and kind, in either order', async () => {
    const [a, b] = await Promise.all([createClaim(editor, backsIsis()), createClaim(editor, claimInput(fixtures))]);
    const link = await createLink(editor, { claimAId: a.id, claimBId: b.id, kind: 'CONTRADICTS', note: 'Exclusive allegiance' });
    expect(link).toMatchObject({ version: 1, status: 'DRAFT', kind: 'CONTRADICTS', note: 'Exclusive allegiance', resolution: 'UNRESOLVED' });
    expect(await db.auditEvent.count({ where: { targetId: link.id, action: 'link.create' } })).toBe(1);
    const duplicate = await refusal(() => createLink(editor, { claimAId: b.id, claimBId: a.id, kind: 'CONTRADICTS' }));
    expect(duplicate.code).toBe('CONFLICT');
    await expect(createLink(editor, { claimAId: b.id, claimBId: a.id, kind: 'QUALIFIES' })).resolves.toMatchObject({ kind: 'QUALIFIES' });
  });

  it('refuse a link from a claim to itself, to an unknown claim, and from a reviewer', async () => {
    const a = await createClaim(editor, backsIsis());
    expect((await refusal(() => createLink(editor, { claimAId: a.id, claimBId: a.id, kind: 'SUPPORTS' }))).fields.claimBId).toBeTruthy();
    expect((await refusal(() => createLink(editor, { claimAId: a.id, claimBId: '01a1fca6-0000-7000-8000-000000000000', kind: 'SUPPORTS' }))).fields.claimBId).toEqual([
      'No such claim',
    ]);
    const b = await createClaim(editor, claimInput(fixtures));
    expect((await refusal(() => createLink(reviewer, { claimAId: a.id, claimBId: b.id, kind: 'SUPPORTS' }))).code).toBe('FORBIDDEN');
    expect((await refusal(() => createLink(editor, { claimAId: a.id, claimBId: b.id, kind: 'ADORES' }))).code).toBe('INVALID');
  });

  it('record a resolution as a new version, refuse a stale one, and go to review', async () => {
    const [a, b] = await Promise.all([createClaim(editor, backsIsis()), createClaim(editor, claimInput(fixtures))]);
    const link = await createLink(editor, { claimAId: a.id, claimBId: b.id, kind: 'CONTRADICTS' });
    const resolved = await updateLink(editor, link.id, { version: 1, resolution: 'BOTH_PARTLY', resolutionNote: 'One judge praised ISIS; the leadership kept its pledge' });
    expect(resolved).toMatchObject({ version: 2, resolution: 'BOTH_PARTLY', note: '' });
    expect((await refusal(() => updateLink(editor, link.id, { version: 1, note: 'stale' }))).code).toBe('CONFLICT');
    expect((await submitLink(editor, link.id, { version: 2 })).status).toBe('IN_REVIEW');
  });
});

describe('suggestConflicts', () => {
  it('finds a claim with the same subject and an exclusive relation towards another object', async () => {
    const pledge = await createClaim(editor, claimInput(fixtures, { statement: `AQIM pledges allegiance to Baghdadi (${fixtures.tag})`, objectId: fixtures.isis.id }));
    const candidates = await suggestConflicts({ statement: 'AQIM reaffirms its pledge', subjectId: fixtures.aqim.id, relation: 'pledges-allegiance-to', objectId: fixtures.zawahiri.id, polarity: 'AFFIRMS' });
    expect(candidates.find((candidate) => candidate.claimId === pledge.id)?.reason).toBe('EXCLUSIVE_RELATION');
  });

  it('finds the same triple with the opposite polarity', async () => {
    const denial = await createClaim(editor, claimInput(fixtures, { statement: `AQIM denies allegiance to Zawahiri (${fixtures.tag})`, polarity: 'DENIES' }));
    const candidates = await suggestConflicts({ subjectId: fixtures.aqim.id, relation: 'pledges-allegiance-to', objectId: fixtures.zawahiri.id, polarity: 'AFFIRMS' });
    expect(candidates.find((candidate) => candidate.claimId === denial.id)?.reason).toBe('OPPOSITE_POLARITY');
  });

  it('finds a similar statement, and leaves out the claim being edited', async () => {
    const similar = await createClaim(editor, claimInput(fixtures, { statement: `Droukdel renews bayat to Zawahiri ${fixtures.tag}`, relation: null, objectId: null, polarity: null }));
    const found = await suggestConflicts({ statement: `Droukdel renews bayat to al-Zawahiri ${fixtures.tag}` });
    expect(found.find((candidate) => candidate.claimId === similar.id)?.reason).toBe('SIMILAR_STATEMENT');
    const excluded = await suggestConflicts({ claimId: similar.id, statement: `Droukdel renews bayat to al-Zawahiri ${fixtures.tag}` });
    expect(excluded.map((candidate) => candidate.claimId)).not.toContain(similar.id);
  });

  it('keeps claims in periods that do not overlap apart', async () => {
    const old = await createClaim(
      editor,
      claimInput(fixtures, { statement: `GSPC pledges to someone else (${fixtures.tag})`, objectId: fixtures.isis.id, validFrom: '2001-01-01', validTo: '2002-01-01' }),
    );
    const candidates = await suggestConflicts({ subjectId: fixtures.aqim.id, relation: 'pledges-allegiance-to', objectId: fixtures.zawahiri.id, polarity: 'AFFIRMS', validFrom: new Date('2014-01-01'), validTo: new Date('2014-12-31') });
    expect(candidates.map((candidate) => candidate.claimId)).not.toContain(old.id);
  });
});

describe('link edits', () => {
  it('refuse a reviewer and an anonymous caller, and audit every change', async () => {
    const [a, b] = await Promise.all([createClaim(editor, backsIsis()), createClaim(editor, claimInput(fixtures))]);
    const link = await createLink(editor, { claimAId: a.id, claimBId: b.id, kind: 'SUPPORTS' });
    for (const actor of [reviewer, null]) {
      await refusal(() => updateLink(actor, link.id, { version: 1, note: 'no' }));
      await refusal(() => submitLink(actor, link.id, { version: 1 }));
    }
    await updateLink(editor, link.id, { version: 1, note: 'Both trace to one video' });
    await submitLink(editor, link.id, { version: 2 });
    expect(await db.auditEvent.count({ where: { targetId: link.id, action: { in: ['link.update', 'link.submit'] } } })).toBe(2);
  });

  it('accept ids written in capitals as the same claims', async () => {
    const [a, b] = await Promise.all([createClaim(editor, backsIsis()), createClaim(editor, claimInput(fixtures))]);
    const link = await createLink(editor, { claimAId: a.id.toUpperCase(), claimBId: b.id.toUpperCase(), kind: 'SUPPORTS' });
    expect(link).toMatchObject({ claimAId: a.id, claimBId: b.id });
    expect((await refusal(() => createLink(editor, { claimAId: a.id.toUpperCase(), claimBId: a.id, kind: 'QUALIFIES' }))).code).toBe('INVALID');
  });
});
