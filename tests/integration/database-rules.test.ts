import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/database/prisma-client';
import { testDb } from '../setup/databases';

// Rules the database keeps on its own, whatever the application code does.
let db: Database;
let userId: string;
let reviewerId: string;

beforeAll(async () => {
  db = testDb();
  [userId, reviewerId] = [randomUUID(), randomUUID()];
  for (const id of [userId, reviewerId]) {
    await db.user.create({ data: { id, name: `Rules Tester ${id}`, email: `rules-${id}@test.invalid` } });
  }
});
afterAll(() => db.$disconnect());

async function newClaim(statement: string) {
  const claim = await db.claim.create({ data: { authorId: userId } });
  const version = await db.claimVersion.create({
    data: { claimId: claim.id, version: 1, statement, claimedAt: new Date('2014-07-02'), credibility: 3, editedById: userId },
  });
  return { claim, version };
}

function link(claimAId: string, claimBId: string, kind: 'CONTRADICTS' | 'SUPPORTS' = 'CONTRADICTS') {
  const [pairLow, pairHigh] = [claimAId, claimBId].sort();
  return db.claimLink.create({ data: { claimAId, claimBId, pairLow, pairHigh, kind, createdById: userId } });
}

describe('history is append-only', () => {
  it('refuses to update or delete a claim version', async () => {
    const { version } = await newClaim('A claim whose first version must stand');
    await expect(db.claimVersion.update({ where: { id: version.id }, data: { statement: 'rewritten' } })).rejects.toThrow(/append-only/);
    await expect(db.claimVersion.delete({ where: { id: version.id } })).rejects.toThrow(/append-only/);
  });

  it('refuses to update or delete an audit event', async () => {
    const event = await db.auditEvent.create({ data: { actorId: userId, action: 'test.event', targetType: 'Test', targetId: '1' } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: 'forged' } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });

  it('refuses to rewrite a review', async () => {
    const { claim, version } = await newClaim('A claim with a review on record');
    const review = await db.review.create({
      data: { claimId: claim.id, claimVersionId: version.id, version: 1, decision: 'REJECT', note: 'unsourced', reviewerId },
    });
    await expect(db.review.update({ where: { id: review.id }, data: { decision: 'APPROVE' } })).rejects.toThrow(/append-only/);
  });

  it('refuses to rewrite a citation', async () => {
    const { version } = await newClaim('A claim whose quote must stand');
    const source = await db.source.create({
      data: { title: 'Quoted', url: `https://example.org/${randomUUID()}`, publisher: 'P', kind: 'BLOG', grade: 'C', createdById: userId },
    });
    const citation = await db.citation.create({ data: { claimVersionId: version.id, position: 0, sourceId: source.id, quote: 'as said' } });
    await expect(
      db.citation.update({ where: { id_claimVersionId: { id: citation.id, claimVersionId: version.id } }, data: { quote: 'as not said' } }),
    ).rejects.toThrow(/append-only/);
  });
});

describe('a claim version is written whole', () => {
  async function quotedSource() {
    return db.source.create({
      data: { title: 'Quoted', url: `https://example.org/${randomUUID()}`, publisher: 'P', kind: 'BLOG', grade: 'C', createdById: userId },
    });
  }
  const citationOf = (claimVersionId: string, sourceId: string, position: number) =>
    db.citation.create({ data: { claimVersionId, position, sourceId, quote: 'words nobody reviewed' } });
  const topic = () => db.topic.create({ data: { slug: `rules-${randomUUID()}`, title: `Rules ${randomUUID()}`, summary: 'A topic' } });
  const partsOf = async (claimVersionId: string) => ({
    citations: await db.citation.count({ where: { claimVersionId } }),
    topics: await db.claimVersionTopic.count({ where: { claimVersionId } }),
  });

  it('takes citations and topics before any claim points at the version, and refuses them once one does', async () => {
    const { claim, version } = await newClaim('A claim whose version is still being written');
    const source = await quotedSource();
    await citationOf(version.id, source.id, 0);
    await db.claimVersionTopic.create({ data: { claimVersionId: version.id, topicId: (await topic()).id } });
    await db.claim.update({ where: { id: claim.id }, data: { currentVersionId: version.id } });
    await expect(citationOf(version.id, source.id, 1)).rejects.toThrow(/Citation rows go in with their claim version/);
    await expect(db.claimVersionTopic.create({ data: { claimVersionId: version.id, topicId: (await topic()).id } })).rejects.toThrow(
      /ClaimVersionTopic rows go in with their claim version/,
    );
    expect(await partsOf(version.id)).toEqual({ citations: 1, topics: 1 });
  });

  it('refuses citations and topics for a published version, and for a reviewed one that no claim points at', async () => {
    const published = await newClaim('A published claim whose quotes must stand');
    await db.review.create({ data: { claimId: published.claim.id, claimVersionId: published.version.id, version: 1, decision: 'APPROVE', reviewerId } });
    await db.claim.update({
      where: { id: published.claim.id },
      data: { status: 'APPROVED', currentVersionId: published.version.id, publishedVersionId: published.version.id },
    });
    const reviewed = await newClaim('A rejected version, kept as history');
    await db.review.create({ data: { claimId: reviewed.claim.id, claimVersionId: reviewed.version.id, version: 1, decision: 'REJECT', note: 'unsourced', reviewerId } });
    const source = await quotedSource();
    for (const { version } of [published, reviewed]) {
      await expect(citationOf(version.id, source.id, 0)).rejects.toThrow(/already a claim's current or published version, or reviewed/);
      await expect(db.claimVersionTopic.create({ data: { claimVersionId: version.id, topicId: (await topic()).id } })).rejects.toThrow(
        /already a claim's current or published version, or reviewed/,
      );
      expect(await partsOf(version.id)).toEqual({ citations: 0, topics: 0 });
    }
  });

  it('refuses them for a version that is published only: no longer current, and without a review', async () => {
    const { claim, version } = await newClaim('A claim published before its latest edit');
    const edit = await db.claimVersion.create({
      data: { claimId: claim.id, version: 2, statement: 'Its latest edit', claimedAt: new Date('2014-07-03'), credibility: 3, editedById: userId },
    });
    await db.claim.update({
      where: { id: claim.id },
      data: { status: 'DRAFT', version: 2, currentVersionId: edit.id, publishedVersionId: version.id },
    });
    await expect(citationOf(version.id, (await quotedSource()).id, 0)).rejects.toThrow(/already a claim's current or published version/);
    expect(await partsOf(version.id)).toEqual({ citations: 0, topics: 0 });
  });

  it('refuses a whole batch when one of its rows is late', async () => {
    const early = await newClaim('A version still being written');
    const late = await newClaim('A version already current');
    await db.claim.update({ where: { id: late.claim.id }, data: { currentVersionId: late.version.id } });
    const source = await quotedSource();
    await expect(
      db.citation.createMany({
        data: [early, late].map(({ version }) => ({ claimVersionId: version.id, position: 0, sourceId: source.id, quote: 'in one statement' })),
      }),
    ).rejects.toThrow(new RegExp(`version ${late.version.id} is already`));
    expect(await partsOf(early.version.id)).toEqual({ citations: 0, topics: 0 });
  });
});

describe('reviews', () => {
  it('are refused for a claim’s own author: four eyes, whatever the role', async () => {
    const { claim, version } = await newClaim('A claim its author would like to approve');
    await expect(
      db.review.create({ data: { claimId: claim.id, claimVersionId: version.id, version: 1, decision: 'APPROVE', reviewerId: userId } }),
    ).rejects.toThrow(/four eyes/);
    await expect(
      db.review.create({ data: { claimId: claim.id, claimVersionId: version.id, version: 1, decision: 'APPROVE', reviewerId } }),
    ).resolves.toBeTruthy();
  });

  it('are refused for a link by whoever edited either claim’s current version', async () => {
    const a = await newClaim('Linked claim A (four eyes)');
    const b = await db.claim.create({ data: { authorId: reviewerId } });
    const bVersion = await db.claimVersion.create({
      data: { claimId: b.id, version: 1, statement: 'Linked claim B (four eyes)', claimedAt: new Date('2014-07-14'), credibility: 2, editedById: reviewerId },
    });
    await db.claim.update({ where: { id: b.id }, data: { currentVersionId: bVersion.id } });
    const created = await link(a.claim.id, b.id);
    const linkVersion = await db.claimLinkVersion.create({ data: { linkId: created.id, version: 1, editedById: userId } });
    await expect(
      db.review.create({ data: { linkId: created.id, linkVersionId: linkVersion.id, version: 1, decision: 'APPROVE', reviewerId } }),
    ).rejects.toThrow(/four eyes/);
  });

  it('name a version of their own claim, by its number', async () => {
    const a = await newClaim('Reviewed claim');
    const b = await newClaim('Another claim');
    await expect(
      db.review.create({ data: { claimId: a.claim.id, claimVersionId: b.version.id, version: 1, decision: 'APPROVE', reviewerId } }),
    ).rejects.toThrow(/not a version of the item/);
    await expect(
      db.review.create({ data: { claimId: a.claim.id, claimVersionId: a.version.id, version: 2, decision: 'APPROVE', reviewerId } }),
    ).rejects.toThrow(/names version 2/);
  });

  it('need a note unless they approve, and exactly one target', async () => {
    const { claim, version } = await newClaim('A claim sent back without a word');
    await expect(
      db.review.create({ data: { claimId: claim.id, claimVersionId: version.id, version: 1, decision: 'REQUEST_CHANGES', note: ' ', reviewerId } }),
    ).rejects.toThrow(/Review_note_check/);
    // The review trigger refuses a target-less review before the CHECK is reached.
    await expect(db.review.create({ data: { version: 1, decision: 'APPROVE', reviewerId } })).rejects.toThrow(/not a version of the item/);
  });
});

describe('version pointers', () => {
  it('refuse a current or published version that belongs to another claim', async () => {
    const a = await newClaim('Pointer claim A');
    const b = await newClaim('Pointer claim B');
    await expect(db.claim.update({ where: { id: a.claim.id }, data: { currentVersionId: b.version.id } })).rejects.toThrow(/current version/);
    await expect(db.claim.update({ where: { id: a.claim.id }, data: { publishedVersionId: b.version.id } })).rejects.toThrow(/published version/);
    await expect(db.claim.update({ where: { id: a.claim.id }, data: { currentVersionId: a.version.id } })).resolves.toBeTruthy();
  });

  it('refuse a published status without a published version', async () => {
    const { claim } = await newClaim('Approved in name only');
    await expect(db.claim.update({ where: { id: claim.id }, data: { status: 'APPROVED' } })).rejects.toThrow(/Claim_published_check/);
  });
});

describe('links', () => {
  it('hold one link per unordered pair and kind', async () => {
    const a = await newClaim('AQIM backs ISIS (rules test)');
    const b = await newClaim('AQIM reaffirms allegiance to Zawahiri (rules test)');
    await link(a.claim.id, b.claim.id);
    await expect(link(b.claim.id, a.claim.id)).rejects.toThrow(/Unique constraint/i);
    await expect(link(a.claim.id, b.claim.id, 'SUPPORTS')).resolves.toBeTruthy();
  });

  it('refuse a link from a claim to itself', async () => {
    const a = await newClaim('A claim that cannot contradict itself');
    await expect(link(a.claim.id, a.claim.id)).rejects.toThrow(/not_self_check/);
  });

  it('refuse a pair that does not match its two claims', async () => {
    const a = await newClaim('Pair check one');
    const b = await newClaim('Pair check two');
    const c = await newClaim('Pair check three');
    await expect(
      db.claimLink.create({
        data: { claimAId: a.claim.id, claimBId: b.claim.id, pairLow: c.claim.id, pairHigh: b.claim.id, kind: 'QUALIFIES', createdById: userId },
      }),
    ).rejects.toThrow(/pair_check/);
  });
});

describe('values', () => {
  it('refuse a blank statement and a half-structured claim', async () => {
    const claim = await db.claim.create({ data: { authorId: userId } });
    const base = { claimId: claim.id, version: 1, claimedAt: new Date('2014-07-02'), credibility: 3, editedById: userId };
    await expect(db.claimVersion.create({ data: { ...base, statement: '   ' } })).rejects.toThrow(/statement_check/);
    await db.relation.upsert({ where: { key: 'supports' }, create: { key: 'supports', label: 'supports', exclusive: false, description: '' }, update: {} });
    await expect(db.claimVersion.create({ data: { ...base, statement: 'half', relationKey: 'supports' } })).rejects.toThrow(/structured_check/);
  });

  it('keep credibility within 1 to 6 and a period in order', async () => {
    const claim = await db.claim.create({ data: { authorId: userId } });
    const base = { claimId: claim.id, statement: 'bounds', claimedAt: new Date('2014-07-02'), editedById: userId };
    await expect(db.claimVersion.create({ data: { ...base, version: 1, credibility: 7 } })).rejects.toThrow(/credibility_check/);
    await expect(
      db.claimVersion.create({
        data: { ...base, version: 1, credibility: 2, validFrom: new Date('2014-07-01'), validTo: new Date('2014-06-01') },
      }),
    ).rejects.toThrow(/period_check/);
  });

  it('accept only http and https source URLs', async () => {
    const base = { title: 'A source', publisher: 'Somewhere', kind: 'BLOG' as const, grade: 'F' as const, createdById: userId };
    await expect(db.source.create({ data: { ...base, url: 'javascript:alert(1)' } })).rejects.toThrow(/url_http_check/);
    await expect(db.source.create({ data: { ...base, url: `https://example.org/${randomUUID()}` } })).resolves.toBeTruthy();
  });

  it('keep full-text vectors up to date in generated columns', async () => {
    const { version } = await newClaim('Droukdel reaffirms allegiance to Zawahiri');
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ClaimVersion" WHERE "searchVector" @@ websearch_to_tsquery('english', 'reaffirmed allegiance')`;
    expect(rows.map((row) => row.id)).toContain(version.id);
  });
});
