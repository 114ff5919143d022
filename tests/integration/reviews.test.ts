import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { getPublishedClaim } from '@/lib/claims/get-published-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { Database } from '@/lib/database/prisma-client';
import { createLink } from '@/lib/links/create-link';
import { submitLink } from '@/lib/links/update-link';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';
import { createActor, expectRefusal } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

let db: Database;
let editor: Actor;
let reviewer: Actor;
let otherReviewer: Actor;
let admin: Actor;
let fixtures: ClaimFixtures;

beforeAll(async () => {
  db = testDb();
  [editor, reviewer, otherReviewer, admin] = await Promise.all([
    createActor(db, 'EDITOR'),
    createActor(db, 'REVIEWER'),
    createActor(db, 'REVIEWER'),
    createActor(db, 'ADMIN'),
  ]);
  fixtures = await claimFixtures(db, editor);
});
afterAll(() => db.$disconnect());

const refusal = (run: () => Promise<unknown>) => expectRefusal(db, run);

async function claimInReview(author = editor, override: Record<string, unknown> = {}) {
  const claim = await createClaim(author, claimInput(fixtures, override));
  return submitClaim(author, claim.id, { version: 1 });
}

describe('decisions on claims', () => {
  it('approve the exact version in review, publish it, and write the review and its audit row', async () => {
    const claim = await claimInReview();
    const approved = await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' });
    expect(approved).toMatchObject({ status: 'APPROVED', publishedVersion: 1, review: { decision: 'APPROVE', version: 1 } });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: claim.id, action: 'review.approve', actorId: reviewer.id } })).toBe(1);
    expect((await getPublishedClaim(claim.id))?.signOff?.reviewer.name).toBe(reviewer.name);
  });

  it('refuse self-approval for every role: the author, even an admin, and whoever edited the version', async () => {
    const byAdmin = await claimInReview(admin);
    expect((await refusal(() => decideOnClaim(admin, byAdmin.id, { version: 1, decision: 'APPROVE' }))).message).toMatch(/Four eyes/);
    const edited = await claimInReview();
    // A version the reviewer edited (reviewers cannot edit through the desk; the rule holds whatever wrote it).
    const claim = await createClaim(editor, claimInput(fixtures));
    const v2 = await db.claimVersion.create({
      data: { claimId: claim.id, version: 2, statement: 'Reworded by a reviewer', claimedAt: new Date('2014-07-14'), credibility: 2, editedById: reviewer.id },
    });
    await db.claim.update({ where: { id: claim.id }, data: { version: 2, currentVersionId: v2.id, status: 'IN_REVIEW' } });
    expect((await refusal(() => decideOnClaim(reviewer, claim.id, { version: 2, decision: 'APPROVE' }))).code).toBe('FORBIDDEN');
    expect((await refusal(() => decideOnClaim(editor, edited.id, { version: 1, decision: 'APPROVE' }))).code).toBe('FORBIDDEN');
    expect((await refusal(() => decideOnClaim(null, edited.id, { version: 1, decision: 'APPROVE' }))).code).toBe('UNAUTHENTICATED');
  });

  it('refuse a decision on a version that changed since the reviewer opened it', async () => {
    const claim = await claimInReview();
    await updateClaim(editor, claim.id, { version: 1, statement: `Reworded while in review ${fixtures.tag}` });
    await submitClaim(editor, claim.id, { version: 2 });
    const error = await refusal(() => decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/now at version 2/);
  });

  it('need a note to request changes, reject or retract, and send the claim back to its editor', async () => {
    const claim = await claimInReview();
    expect((await refusal(() => decideOnClaim(reviewer, claim.id, { version: 1, decision: 'REQUEST_CHANGES' }))).fields.note).toBeTruthy();
    const sentBack = await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'REQUEST_CHANGES', note: 'Quote the Arabic too' });
    expect(sentBack.status).toBe('CHANGES_REQUESTED');
    expect((await refusal(() => decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' }))).code).toBe('CONFLICT');
  });

  it('keep the approved text public after an edit, until the new version is approved', async () => {
    const claim = await claimInReview();
    await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' });
    await updateClaim(editor, claim.id, { version: 1, statement: `An unreviewed rewording ${fixtures.tag}` });
    expect((await getPublishedClaim(claim.id))?.version.statement).toBe(claim.statement);
    await submitClaim(editor, claim.id, { version: 2 });
    expect((await getPublishedClaim(claim.id))?.version.statement).toBe(claim.statement);
    await decideOnClaim(otherReviewer, claim.id, { version: 2, decision: 'APPROVE' });
    expect((await getPublishedClaim(claim.id))?.version.statement).toBe(`An unreviewed rewording ${fixtures.tag}`);
  });

  it('retract what is public, with a note, keeping it reachable and marked', async () => {
    const claim = await claimInReview();
    expect((await refusal(() => decideOnClaim(reviewer, claim.id, { version: 1, decision: 'RETRACT', note: 'Not yet public' }))).code).toBe('CONFLICT');
    await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' });
    const retracted = await decideOnClaim(otherReviewer, claim.id, { version: 1, decision: 'RETRACT', note: 'Built on a misreading' });
    expect(retracted.status).toBe('RETRACTED');
    const published = await getPublishedClaim(claim.id);
    expect(published?.retraction?.note).toBe('Built on a misreading');
  });
});

describe('decisions on links', () => {
  async function linkInReview() {
    const [a, b] = await Promise.all([claimInReview(), claimInReview()]);
    const link = await createLink(editor, { claimAId: a.id, claimBId: b.id, kind: 'CONTRADICTS', note: 'Exclusive allegiance' });
    await submitLink(editor, link.id, { version: 1 });
    return { a, b, link };
  }

  it('refuse a reviewer who edited either claim’s current version', async () => {
    const { a, link } = await linkInReview();
    const v2 = await db.claimVersion.create({
      data: { claimId: a.id, version: 2, statement: 'Touched by the reviewer', claimedAt: new Date('2014-07-14'), credibility: 2, editedById: reviewer.id },
    });
    await db.claim.update({ where: { id: a.id }, data: { version: 2, currentVersionId: v2.id } });
    expect((await refusal(() => decideOnLink(reviewer, link.id, { version: 1, decision: 'APPROVE' }))).message).toMatch(/Four eyes/);
  });

  it('stay off the public pages while a claim has no approved version', async () => {
    const { a, b, link } = await linkInReview();
    await decideOnLink(reviewer, link.id, { version: 1, decision: 'APPROVE' });
    await decideOnClaim(reviewer, a.id, { version: 1, decision: 'APPROVE' });
    expect((await getPublishedClaim(a.id))?.links.map((published) => published.id)).not.toContain(link.id);
    await decideOnClaim(reviewer, b.id, { version: 1, decision: 'APPROVE' });
    expect((await getPublishedClaim(a.id))?.links.map((published) => published.id)).toContain(link.id);
  });
});

describe('four eyes across versions, and reviewers at the same time', () => {
  it('refuse an admin whose own edit a later version carries, made through the desk', async () => {
    const claim = await claimInReview();
    await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' });
    await updateClaim(admin, claim.id, { version: 1, statement: `The admin’s rewording ${fixtures.tag}` });
    await updateClaim(editor, claim.id, { version: 2, credibilityNote: 'A trivial touch' });
    await submitClaim(editor, claim.id, { version: 3 });
    expect((await refusal(() => decideOnClaim(admin, claim.id, { version: 3, decision: 'APPROVE' }))).message).toMatch(/Four eyes/);
    await expect(decideOnClaim(otherReviewer, claim.id, { version: 3, decision: 'APPROVE' })).resolves.toMatchObject({ publishedVersion: 3 });
  });

  it('refuse the link’s own maker, even with review rights', async () => {
    const [a, b] = await Promise.all([claimInReview(), claimInReview()]);
    const link = await createLink(admin, { claimAId: a.id, claimBId: b.id, kind: 'SUPPORTS' });
    await submitLink(admin, link.id, { version: 1 });
    expect((await refusal(() => decideOnLink(admin, link.id, { version: 1, decision: 'APPROVE' }))).code).toBe('FORBIDDEN');
  });

  it('reject with a note, leaving nothing public', async () => {
    const claim = await claimInReview();
    const rejected = await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'REJECT', note: 'No source says this' });
    expect(rejected).toMatchObject({ status: 'REJECTED', publishedVersion: null });
    expect(await getPublishedClaim(claim.id)).toBeNull();
  });

  it('keep one of two decisions made at the same moment; the other reviewer is told', async () => {
    const claim = await claimInReview();
    const results = await Promise.allSettled([
      decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' }),
      decideOnClaim(otherReviewer, claim.id, { version: 1, decision: 'REJECT', note: 'Unsourced' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it('refuse to approve a link to a retracted claim', async () => {
    const [a, b] = await Promise.all([claimInReview(), claimInReview()]);
    await decideOnClaim(reviewer, a.id, { version: 1, decision: 'APPROVE' });
    await decideOnClaim(reviewer, a.id, { version: 1, decision: 'RETRACT', note: 'Misread' });
    const link = await createLink(editor, { claimAId: a.id, claimBId: b.id, kind: 'QUALIFIES' });
    await submitLink(editor, link.id, { version: 1 });
    expect((await refusal(() => decideOnLink(reviewer, link.id, { version: 1, decision: 'APPROVE' }))).message).toMatch(/retracted/);
  });
});
