import type pg from 'pg';
import { withClient } from '@/lib/database/with-client';
import { nameMatchKey, normalizeName } from '@/lib/entities/normalize-name';
import { claimPlan, day, recordEnd, relations, versionContent, type ClaimPlan } from './claim-plan';
import { copyRows, type Cell } from './copy-rows';
import { idTag, uuidv7 } from './ids';
import { linkPlans, type LinkPlan } from './link-plan';
import { seeded } from './random';
import { aliasesPerEntity, type RecordSize } from './record-size';
import { organizationName, outlet, personName, placeName, prose, variantSpelling } from './text';

// Writes the synthetic record with COPY, in the order the schema's triggers accept: claims and links first
// without version pointers, then their versions, citations and reviews (a review's trigger checks the version
// and four eyes: editors never review here), then the pointers and final statuses in one UPDATE each (the
// pointer trigger checks every row), then the audit trail. Nothing is switched off on the way.

const referenceStart = recordEnd - 4 * 365 * day;
export const entityId = (index: number) => uuidv7(referenceStart + index * 1000, idTag.entity, index);
export const sourceId = (index: number) => uuidv7(referenceStart + index * 1000, idTag.source, index);
export const topicId = (index: number) => uuidv7(referenceStart + index * 1000, idTag.topic, index);
export const editorId = (index: number) => `bench-editor-${index}`;
const reviewerId = (index: number) => `bench-reviewer-${index}`;
/** Who made a claim's or link's n-th review. */
const reviewerOf = (size: RecordSize, kind: number, index: number, position: number) => reviewerId(seeded(kind, index, position).int(0, size.reviewers - 1));

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

export type GeneratedRecord = { rows: Record<string, number>; seconds: number };

export async function generateRecord(databaseUrl: string, size: RecordSize, log: (message: string) => void): Promise<GeneratedRecord> {
  const started = performance.now();
  return withClient(databaseUrl, async (client) => {
    const rows: Record<string, number> = {};
    const copy = async (table: string, columns: string[], data: Iterable<Cell[]>) => {
      rows[table] = (rows[table] ?? 0) + (await copyRows(client, table, columns, data));
    };
    let reviewNumber = 0;
    const reviewRow = (target: { claimId?: string; claimVersionId?: string; linkId?: string; linkVersionId?: string }, version: number, decision: string, at: number, reviewer: string): Cell[] => [
      uuidv7(at, idTag.review, reviewNumber++),
      target.claimId,
      target.claimVersionId,
      target.linkId,
      target.linkVersionId,
      version,
      decision,
      decision === 'APPROVE' ? '' : 'The quote does not say what the statement says; see the second paragraph.',
      reviewer,
      new Date(at),
    ];
    const reviewColumns = ['id', 'claimId', 'claimVersionId', 'linkId', 'linkVersionId', 'version', 'decision', 'note', 'reviewerId', 'createdAt'];
    // The record can be rebuilt from scratch; losing the last commits in a crash costs nothing.
    await client.query('SET synchronous_commit = off');
    const now = new Date(recordEnd);

    await copy('User', ['id', 'name', 'email', 'role', 'emailVerified', 'updatedAt'], [
      ...range(size.editors).map((index) => [editorId(index), `${personName(seeded(7, index))} (editor ${index})`, `editor-${index}@bench.invalid`, 'EDITOR', true, now]),
      ...range(size.reviewers).map((index) => [reviewerId(index), `${personName(seeded(8, index))} (reviewer ${index})`, `reviewer-${index}@bench.invalid`, 'REVIEWER', true, now]),
    ]);
    await copy('Relation', ['key', 'label', 'exclusive', 'description'], relations.map((relation) => [relation.key, relation.label, relation.exclusive, relation.description]));
    await copy('Topic', ['id', 'slug', 'title', 'summary'], range(size.topics).map((index) => {
      const random = seeded(9, index);
      const title = `${placeName(random)}: ${prose(random, 20, 60).slice(0, -1)}`;
      return [topicId(index), `topic-${index}`, title, prose(random, 200, 700)];
    }));
    log(`users, relations, topics: ${size.editors + size.reviewers}, ${relations.length}, ${size.topics}`);

    const entityNames = range(size.entities).map((index) => {
      const random = seeded(10, index);
      return random.chance(0.5) ? organizationName(random) : personName(random);
    });
    await copy('Entity', ['id', 'slug', 'name', 'kind', 'description', 'createdById', 'createdAt', 'updatedAt'], entityNames.map((name, index) => {
      const random = seeded(11, index);
      return [
        entityId(index),
        `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index}`,
        name,
        name.includes(' of ') ? 'ORGANIZATION' : 'PERSON',
        random.chance(0.5) ? prose(random, 40, 240) : '',
        editorId(index % size.editors),
        new Date(referenceStart),
        new Date(referenceStart),
      ];
    }));
    await copy('EntityAlias', ['id', 'entityId', 'alias', 'normalized', 'matchKey'], entityNames.flatMap((name, index) => {
      const spellings = [...new Set([name, ...range(aliasesPerEntity - 1).map((variant) => variantSpelling(name, index + variant))])];
      while (spellings.length < aliasesPerEntity) spellings.push(`${name} (${spellings.length})`);
      return spellings.map((alias, position) => [uuidv7(referenceStart, idTag.alias, index * aliasesPerEntity + position), entityId(index), alias, normalizeName(alias), nameMatchKey(alias)]);
    }));
    log(`entities: ${size.entities} with ${aliasesPerEntity} aliases each`);

    await copy('Source', ['id', 'title', 'url', 'publisher', 'author', 'publishedAt', 'kind', 'language', 'grade', 'gradeNote', 'derivedFromId', 'createdById', 'createdAt', 'updatedAt'], range(size.sources).map((index) => {
      const random = seeded(12, index);
      const publisher = outlet(random);
      const publishedAt = new Date(Math.floor((referenceStart + random.next() * (recordEnd - referenceStart)) / day) * day);
      return [
        sourceId(index),
        prose(random, 30, 120).slice(0, -1),
        `https://${publisher.toLowerCase().replace(/[^a-z]+/g, '')}.example.org/${publishedAt.getUTCFullYear()}/${index}`,
        publisher,
        random.chance(0.6) ? personName(random) : null,
        publishedAt,
        random.pick(['NEWS_REPORT', 'NEWS_REPORT', 'PRIMARY_STATEMENT', 'ANALYSIS', 'OFFICIAL', 'SOCIAL_MEDIA', 'BLOG']),
        random.chance(0.8) ? 'en' : random.pick(['ar', 'fr']),
        random.pick(['A', 'B', 'B', 'C', 'C', 'D', 'E', 'F']),
        random.chance(0.3) ? prose(random, 20, 120) : '',
        index > 0 && random.chance(0.2) ? sourceId(random.int(0, index - 1)) : null,
        editorId(index % size.editors),
        now,
        now,
      ];
    }));
    log(`sources: ${size.sources}`);

    const plans = range(size.claims).map((index) => claimPlan(size, index));
    await copy('Claim', ['id', 'status', 'version', 'authorId', 'createdAt', 'updatedAt'], plans.map((plan) => [
      plan.id,
      // Published statuses need their pointer, which comes once the versions exist.
      plan.published === null ? plan.status : 'DRAFT',
      plan.versions.length,
      editorId(plan.authorIndex),
      new Date(plan.createdAt),
      new Date(plan.updatedAt),
    ]));
    await copyClaimVersions(copy, size, plans);
    await copy('Review', reviewColumns, function* () {
      for (const plan of plans) {
        for (const [position, review] of plan.reviews.entries()) {
          yield reviewRow({ claimId: plan.id, claimVersionId: plan.versions[review.version - 1].id }, review.version, review.decision, review.at, reviewerOf(size, 13, plan.index, position));
        }
      }
    }());
    await setPointers(client, 'Claim', plans.map((plan) => [plan.id, plan.status, plan.versions[plan.versions.length - 1].id, plan.published === null ? null : plan.versions[plan.published - 1].id]));
    log(`claims: ${size.claims}, ${rows.ClaimVersion} versions, ${rows.Citation} citations`);

    const links = linkPlans(size.links, {
      all: plans,
      public: plans.filter((plan) => plan.published !== null && plan.status !== 'RETRACTED').map((plan) => plan.index),
    });
    const creatorOf = (link: LinkPlan) => editorId(Math.floor(link.creatorSeed * size.editors));
    await copy('ClaimLink', ['id', 'claimAId', 'claimBId', 'pairLow', 'pairHigh', 'kind', 'status', 'createdById', 'createdAt', 'updatedAt'], links.map((link) => [
      link.id,
      link.claimAId,
      link.claimBId,
      link.pairLow,
      link.pairHigh,
      link.kind,
      link.reviews.length ? 'DRAFT' : link.status,
      creatorOf(link),
      new Date(link.createdAt),
      new Date(link.updatedAt),
    ]));
    await copy('ClaimLinkVersion', ['id', 'linkId', 'version', 'note', 'resolution', 'resolutionNote', 'editedById', 'createdAt'], links.map((link) => [
      link.versionId,
      link.id,
      1,
      link.note,
      link.resolution,
      link.resolutionNote,
      creatorOf(link),
      new Date(link.createdAt),
    ]));
    await copy('Review', reviewColumns, function* () {
      for (const link of links) {
        for (const [position, review] of link.reviews.entries()) {
          yield reviewRow({ linkId: link.id, linkVersionId: link.versionId }, 1, review.decision, review.at, reviewerOf(size, 14, link.index, position));
        }
      }
    }());
    await setPointers(client, 'ClaimLink', links.map((link) => [link.id, link.status, link.versionId, link.reviews.length ? link.versionId : null]));
    log(`links: ${links.length}`);

    await copy('AuditEvent', ['actorId', 'action', 'targetType', 'targetId', 'after', 'createdAt'], auditTrail(size, plans, links, creatorOf));
    log(`audit events: ${rows.AuditEvent}`);
    // Fresh statistics and a visibility map, as a long-lived database would have, before anything is measured.
    await client.query('VACUUM ANALYZE');
    return { rows, seconds: (performance.now() - started) / 1000 };
  });
}

type Copy = (table: string, columns: string[], data: Iterable<Cell[]>) => Promise<void>;

async function copyClaimVersions(copy: Copy, size: RecordSize, plans: ClaimPlan[]) {
  const versions = function* () {
    for (const plan of plans) for (const [offset, version] of plan.versions.entries()) yield { plan, version, content: versionContent(size, plan, offset + 1), number: offset + 1 };
  };
  await copy(
    'ClaimVersion',
    ['id', 'claimId', 'version', 'statement', 'claimantId', 'subjectId', 'relationKey', 'objectId', 'polarity', 'claimedAt', 'validFrom', 'validTo', 'credibility', 'credibilityNote', 'editedById', 'createdAt'],
    (function* () {
      for (const { plan, version, content, number } of versions()) {
        const entity = (index: number | null) => (index === null ? null : entityId(index));
        yield [version.id, plan.id, number, content.statement, entity(content.claimantIndex), entity(content.subjectIndex), content.relation, entity(content.objectIndex), content.polarity, content.claimedAt, content.validFrom, content.validTo, content.credibility, content.credibilityNote, editorId(version.editorIndex), new Date(version.createdAt)];
      }
    })(),
  );
  await copy('ClaimVersionTopic', ['claimVersionId', 'topicId'], (function* () {
    for (const { version, content } of versions()) for (const topic of content.topicIndexes) yield [version.id, topicId(topic)];
  })());
  await copy('Citation', ['id', 'claimVersionId', 'position', 'sourceId', 'quote', 'originalQuote', 'originalLanguage', 'translator', 'locator', 'attributedTo'], (function* () {
    for (const { version, content } of versions()) {
      for (const citation of content.citations) {
        yield [citation.id, version.id, citation.position, sourceId(citation.sourceIndex), citation.quote, citation.originalQuote, citation.originalLanguage, citation.translator, citation.locator, citation.attributedTo];
      }
    }
  })());
}

/** Status and version pointers for every row of a claim or link table, through a staging table and one UPDATE. */
async function setPointers(client: pg.Client, table: 'Claim' | 'ClaimLink', pointers: Cell[][]) {
  const staging = `bench_${table.toLowerCase()}_pointers`;
  await client.query(`CREATE TEMP TABLE ${staging} (id uuid PRIMARY KEY, status "ReviewStatus", current uuid, published uuid)`);
  await copyRows(client, staging, ['id', 'status', 'current', 'published'], pointers);
  await client.query(`UPDATE "${table}" t SET status = p.status, "currentVersionId" = p.current, "publishedVersionId" = p.published FROM ${staging} p WHERE t.id = p.id`);
  await client.query(`DROP TABLE ${staging}`);
}

function* auditTrail(size: RecordSize, plans: ClaimPlan[], links: LinkPlan[], creatorOf: (link: LinkPlan) => string): Generator<Cell[]> {
  for (const plan of plans) {
    yield [editorId(plan.authorIndex), 'claim.create', 'Claim', plan.id, JSON.stringify({ status: 'DRAFT', version: 1 }), new Date(plan.createdAt)];
    if (plan.versions[1]) yield [editorId(plan.versions[1].editorIndex), 'claim.update', 'Claim', plan.id, JSON.stringify({ version: 2 }), new Date(plan.versions[1].createdAt)];
    for (const [position, review] of plan.reviews.entries()) {
      yield [reviewerOf(size, 13, plan.index, position), `review.${review.decision.toLowerCase()}`, 'Claim', plan.id, JSON.stringify({ version: review.version }), new Date(review.at)];
    }
  }
  for (const link of links) {
    yield [creatorOf(link), 'link.create', 'ClaimLink', link.id, JSON.stringify({ kind: link.kind }), new Date(link.createdAt)];
    for (const [position, review] of link.reviews.entries()) {
      yield [reviewerOf(size, 14, link.index, position), `review.${review.decision.toLowerCase()}`, 'ClaimLink', link.id, JSON.stringify({ version: 1 }), new Date(review.at)];
    }
  }
}
