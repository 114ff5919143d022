import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { addCitation, removeCitation, updateCitation } from '@/lib/claims/citations';
import { createClaim } from '@/lib/claims/create-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { Database } from '@/lib/database/prisma-client';
import { createActor, expectRefusal } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

let db: Database;
let editor: Actor;
let otherEditor: Actor;
let admin: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;

beforeAll(async () => {
  db = testDb();
  [editor, otherEditor, admin, reviewer] = await Promise.all([
    createActor(db, 'EDITOR'),
    createActor(db, 'EDITOR'),
    createActor(db, 'ADMIN'),
    createActor(db, 'REVIEWER'),
  ]);
  fixtures = await claimFixtures(db, editor);
});
afterAll(() => db.$disconnect());

const refusal = (run: () => Promise<unknown>) => expectRefusal(db, run);

describe('createClaim', () => {
  it.each([
    ['an editor', () => editor],
    ['an admin', () => admin],
  ])('saves %s’s claim as a draft, version 1, with its citations, topics and audit row', async (_, actor) => {
    const claim = await createClaim(actor(), claimInput(fixtures));
    expect(claim).toMatchObject({ version: 1, status: 'DRAFT', claimedAt: '2014-07-14', relation: 'pledges-allegiance-to', topicIds: [fixtures.topic.id] });
    expect(claim.citations).toHaveLength(1);
    expect(claim.citations[0]).toMatchObject({ translator: 'SITE Intelligence Group', locator: 'paragraph 4' });
    const audit = await db.auditEvent.findFirst({ where: { targetId: claim.id, action: 'claim.create' } });
    expect(audit?.actorId).toBe(actor().id);
  });

  it('refuses a reviewer and an anonymous caller, saving nothing', async () => {
    expect((await refusal(() => createClaim(reviewer, claimInput(fixtures)))).code).toBe('FORBIDDEN');
    expect((await refusal(() => createClaim(null, claimInput(fixtures)))).code).toBe('UNAUTHENTICATED');
  });

  const citation = () => claimInput(fixtures).citations[0];
  it.each([
    ['an empty statement', () => ({ statement: '  ' }), 'statement'],
    ['a statement over 500 characters', () => ({ statement: 'x'.repeat(501) }), 'statement'],
    ['a quote over 5,000 characters', () => ({ citations: [{ ...citation(), quote: 'q'.repeat(5001) }] }), 'citations.0.quote'],
    ['claimedAt in the future', () => ({ claimedAt: '2999-01-01' }), 'claimedAt'],
    ['validTo before validFrom', () => ({ validFrom: '2014-07-01', validTo: '2014-06-01' }), 'validTo'],
    ['a credibility out of range', () => ({ credibility: 7 }), 'credibility'],
    ['an unknown entity', () => ({ subjectId: '01a1fca6-0000-7000-8000-000000000000' }), 'subjectId'],
    ['an unknown source', () => ({ citations: [{ ...citation(), sourceId: '01a1fca6-0000-7000-8000-000000000000' }] }), 'citations.0.sourceId'],
    ['an unknown relation', () => ({ relation: 'adores' }), 'relation'],
    ['a relation without its object', () => ({ objectId: null }), 'objectId'],
  ])('refuses %s with a message on the field, saving nothing', async (_, override, field) => {
    const error = await refusal(() => createClaim(editor, claimInput(fixtures, override())));
    expect(error.code).toBe('INVALID');
    expect(error.fields[field]?.length, JSON.stringify(error.fields)).toBeGreaterThan(0);
  });
});

describe('updateClaim', () => {
  it('saves a new version, keeps untouched fields and citation ids, and audits before and after', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    const updated = await updateClaim(otherEditor, claim.id, { version: 1, credibility: 1, credibilityNote: 'Confirmed by SITE on 15 July' });
    expect(updated).toMatchObject({ version: 2, credibility: 1, statement: claim.statement, status: 'DRAFT', editedById: otherEditor.id });
    expect(updated.citations.map((c) => c.id)).toEqual(claim.citations.map((c) => c.id));
    expect(await db.claimVersion.count({ where: { claimId: claim.id } })).toBe(2);
    const audit = await db.auditEvent.findFirst({ where: { targetId: claim.id, action: 'claim.update' } });
    expect(audit?.before).toMatchObject({ version: 1, credibility: 2 });
    expect(audit?.after).toMatchObject({ version: 2, credibility: 1 });
  });

  it('refuses a stale edit and hands back the current version, overwriting nothing', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    await updateClaim(otherEditor, claim.id, { version: 1, statement: `Newer statement ${fixtures.tag}` });
    const error = await refusal(() => updateClaim(editor, claim.id, { version: 1, statement: 'Stale statement' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ current: { version: 2, statement: `Newer statement ${fixtures.tag}` } });
  });

  it('lets exactly one of two concurrent edits from one version win, losing no data', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    const results = await Promise.allSettled([
      updateClaim(editor, claim.id, { version: 1, statement: `Edit one ${fixtures.tag}` }),
      updateClaim(otherEditor, claim.id, { version: 1, statement: `Edit two ${fixtures.tag}` }),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT', details: { current: { version: 2 } } });
    const versions = await db.claimVersion.findMany({ where: { claimId: claim.id }, orderBy: { version: 'asc' } });
    expect(versions.map((version) => version.version)).toEqual([1, 2]);
    expect(versions[1].statement).toBe((won[0] as PromiseFulfilledResult<{ statement: string }>).value.statement);
    expect(await db.auditEvent.count({ where: { targetId: claim.id, action: 'claim.update' } })).toBe(1);
  });

  it('keeps an approved version public while the edit waits for review', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    const first = await db.claimVersion.findFirstOrThrow({ where: { claimId: claim.id, version: 1 } });
    await db.review.create({ data: { claimId: claim.id, claimVersionId: first.id, version: 1, decision: 'APPROVE', reviewerId: reviewer.id } });
    await db.claim.update({ where: { id: claim.id }, data: { status: 'APPROVED', publishedVersionId: first.id } });
    const edited = await updateClaim(editor, claim.id, { version: 1, statement: `An unreviewed rewording ${fixtures.tag}` });
    expect(edited).toMatchObject({ status: 'DRAFT', version: 2, publishedVersion: 1 });
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { publishedVersion: true } });
    expect(row.publishedVersion?.statement).toBe(claim.statement);
  });

  it('answers not found for an unknown claim', async () => {
    expect((await refusal(() => updateClaim(editor, '01a1fca6-0000-7000-8000-000000000000', { version: 1 }))).code).toBe('NOT_FOUND');
    expect((await refusal(() => updateClaim(editor, 'nope', { version: 1 }))).code).toBe('NOT_FOUND');
  });
});

describe('citations', () => {
  it('are added, changed and removed as new versions of the claim, keeping ids', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    const added = await addCitation(editor, claim.id, { version: 1, sourceId: fixtures.source.id, quote: 'reaffirms allegiance', locator: 'headline' });
    expect(added.version).toBe(2);
    expect(added.citations).toHaveLength(2);
    const [kept, newer] = added.citations;
    expect(kept.id).toBe(claim.citations[0].id);
    const changed = await updateCitation(editor, newer.id, { version: 2, locator: 'title' });
    expect(changed.citations[1]).toMatchObject({ id: newer.id, locator: 'title', quote: 'reaffirms allegiance' });
    const removed = await removeCitation(editor, kept.id, { version: 3 });
    expect(removed.citations.map((c) => c.id)).toEqual([newer.id]);
    expect((await refusal(() => updateCitation(editor, kept.id, { version: 4, locator: 'gone' }))).code).toBe('NOT_FOUND');
    expect((await refusal(() => addCitation(editor, claim.id, { version: 1, sourceId: fixtures.source.id, quote: 'stale' }))).code).toBe('CONFLICT');
    expect((await refusal(() => addCitation(reviewer, claim.id, { version: 4, sourceId: fixtures.source.id, quote: 'no' }))).code).toBe('FORBIDDEN');
  });
});

describe('submitClaim', () => {
  it('sends a draft with a citation to review, once', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    expect((await submitClaim(editor, claim.id, { version: 1 })).status).toBe('IN_REVIEW');
    expect((await refusal(() => submitClaim(editor, claim.id, { version: 1 }))).code).toBe('CONFLICT');
    expect(await db.auditEvent.count({ where: { targetId: claim.id, action: 'claim.submit' } })).toBe(1);
  });

  it('refuses a claim without a citation', async () => {
    const claim = await createClaim(editor, claimInput(fixtures, { citations: [] }));
    expect((await refusal(() => submitClaim(editor, claim.id, { version: 1 }))).code).toBe('INVALID');
  });
});

describe('every claim action refuses a reviewer and an anonymous caller, changing nothing', () => {
  const actions: [string, (actor: Actor | null, claimId: string, citationId: string) => Promise<unknown>][] = [
    ['updateClaim', (actor, claimId) => updateClaim(actor, claimId, { version: 1, credibility: 1 })],
    ['submitClaim', (actor, claimId) => submitClaim(actor, claimId, { version: 1 })],
    ['addCitation', (actor, claimId) => addCitation(actor, claimId, { version: 1, sourceId: fixtures.source.id, quote: 'more' })],
    ['updateCitation', (actor, _claimId, citationId) => updateCitation(actor, citationId, { version: 1, locator: 'elsewhere' })],
    ['removeCitation', (actor, _claimId, citationId) => removeCitation(actor, citationId, { version: 1 })],
  ];
  it.each(actions)('%s', async (_, action) => {
    const claim = await createClaim(editor, claimInput(fixtures));
    const status = async () => (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status;
    expect((await refusal(() => action(reviewer, claim.id, claim.citations[0].id))).code).toBe('FORBIDDEN');
    expect((await refusal(() => action(null, claim.id, claim.citations[0].id))).code).toBe('UNAUTHENTICATED');
    expect(await status()).toBe('DRAFT');
  });

  it('but an admin may edit, and every citation change is audited', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    await addCitation(admin, claim.id, { version: 1, sourceId: fixtures.source.id, quote: 'reaffirms' });
    expect(await db.auditEvent.count({ where: { targetId: claim.id, action: 'citation.add', actorId: admin.id } })).toBe(1);
  });
});

describe('saving from the desk', () => {
  it('is all or nothing: a claim whose submission is refused is not saved either', async () => {
    const { saveClaim } = await import('@/lib/claims/save-claim');
    const error = await refusal(() => saveClaim(editor, null, claimInput(fixtures, { citations: [] }), { submit: true }));
    expect(error.code).toBe('INVALID');
  });

  it('saves, submits and links in one step', async () => {
    const { saveClaim } = await import('@/lib/claims/save-claim');
    const other = await createClaim(editor, claimInput(fixtures, { statement: `AQIM backs ISIS (${fixtures.tag})`, relation: 'supports', objectId: fixtures.isis.id }));
    const { claim, link } = await saveClaim(editor, null, claimInput(fixtures), { submit: true, contradicts: other.id });
    expect(claim.status).toBe('IN_REVIEW');
    expect(link).toMatchObject({ claimAId: other.id, claimBId: claim.id, kind: 'CONTRADICTS' });
  });

  it('saves nothing when an edit changes nothing', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    const same = await updateClaim(editor, claim.id, { version: 1, statement: claim.statement });
    expect(same.version).toBe(1);
    expect(await db.claimVersion.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it('refuses a citation id that belongs to another claim', async () => {
    const one = await createClaim(editor, claimInput(fixtures));
    const two = await createClaim(editor, claimInput(fixtures));
    const stolen = { ...claimInput(fixtures).citations[0], id: one.citations[0].id };
    const error = await refusal(() => updateClaim(editor, two.id, { version: 1, citations: [stolen] }));
    expect(error.fields['citations.0.id']).toEqual(['Not a citation of this claim']);
  });

  it('refuses to edit a retracted claim', async () => {
    const claim = await createClaim(editor, claimInput(fixtures));
    const first = await db.claimVersion.findFirstOrThrow({ where: { claimId: claim.id } });
    await db.review.create({ data: { claimId: claim.id, claimVersionId: first.id, version: 1, decision: 'APPROVE', reviewerId: reviewer.id } });
    await db.review.create({ data: { claimId: claim.id, claimVersionId: first.id, version: 1, decision: 'RETRACT', note: 'misread', reviewerId: reviewer.id } });
    await db.claim.update({ where: { id: claim.id }, data: { status: 'RETRACTED', publishedVersionId: first.id } });
    expect((await refusal(() => updateClaim(editor, claim.id, { version: 1, credibility: 5 }))).code).toBe('CONFLICT');
  });
});
