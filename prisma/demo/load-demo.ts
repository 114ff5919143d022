// Loads the demo record (prisma/demo/record.ts) and the demo accounts into an empty database.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Auth } from '@/lib/auth/create-auth';
import type { Database } from '@/lib/database/prisma-client';
import { nameMatchKey, normalizeName } from '@/lib/entities/normalize-name';
import type { Prisma } from '@/lib/generated/prisma/client';
import { demoAccounts, demoPassword, type DemoAccountKey } from './accounts';
import { demoRecord } from './record';
import type { DemoClaim, DemoEntity, DemoLink, IsoDate } from './types';

type Tx = Prisma.TransactionClient;
type UserIds = Record<DemoAccountKey, string>;

const corpusDir = path.join(import.meta.dirname, 'corpus');
const day = (date: IsoDate | undefined) => (date ? new Date(`${date}T00:00:00Z`) : null);

/** No record yet. Accounts do not count: they are made outside the record's transaction, so a load that failed
 *  half-way leaves only accounts behind, and the next start loads the record again (reusing them). */
export async function isDatabaseEmpty(database: Database) {
  const [claims, sources] = await Promise.all([database.claim.count(), database.source.count()]);
  return claims === 0 && sources === 0;
}

/** Creates the accounts through better-auth (its password hashing), then the record in one transaction. */
export async function loadDemo(database: Database, auth: Auth) {
  const users = await createDemoAccounts(database, auth);
  await database.$transaction(async (tx) => loadRecord(tx, users), { timeout: 60_000 });
}

async function createDemoAccounts(database: Database, auth: Auth): Promise<UserIds> {
  const ids = {} as UserIds;
  for (const account of demoAccounts) {
    const existing = await database.user.findUnique({ where: { email: account.email } });
    ids[account.key] =
      existing?.id ??
      (await auth.api.createUser({
        body: { email: account.email, password: demoPassword, name: account.name, role: account.role },
      })).user.id;
  }
  return ids;
}

async function loadRecord(tx: Tx, users: UserIds) {
  const record = demoRecord;
  const audit = (actorId: string, action: string, targetType: string, targetId: string, after: Prisma.InputJsonValue) =>
    tx.auditEvent.create({ data: { actorId, action, targetType, targetId, after } });

  await tx.relation.createMany({ data: record.relations });
  const topicIds = new Map<string, string>();
  for (const topic of record.topics) topicIds.set(topic.slug, (await tx.topic.create({ data: topic })).id);

  const entityIds = new Map<string, string>();
  for (const { aliases, ...entity } of record.entities) {
    const created = await tx.entity.create({
      data: {
        ...entity,
        createdById: users.editor,
        aliases: {
          // The entity's own name is an alias too, as the desk stores it, so every lookup finds it.
          create: withName(entity.name, aliases).map((alias) => ({
            alias: alias.alias,
            normalized: normalizeName(alias.alias),
            matchKey: nameMatchKey(alias.alias),
            validFrom: day(alias.validFrom),
            validTo: day(alias.validTo),
            note: alias.note,
          })),
        },
      },
    });
    entityIds.set(entity.slug, created.id);
    await audit(users.editor, 'entity.create', 'Entity', created.id, { slug: entity.slug, name: entity.name });
  }

  const sourceIds = new Map<string, string>();
  // Sources are created origin first, so that every `derivedFrom` already exists.
  for (const source of originsFirst(record.sources)) {
    const { key, snapshotFile, derivedFrom, publishedAt, accessedAt, correctedAt, ...fields } = source;
    const created = await tx.source.create({
      data: {
        ...fields,
        publishedAt: day(publishedAt),
        accessedAt: day(accessedAt),
        correctedAt: day(correctedAt),
        snapshot: snapshotFile ? readFileSync(path.join(corpusDir, snapshotFile), 'utf8') : null,
        derivedFromId: derivedFrom ? required(sourceIds, derivedFrom, 'source') : null,
        createdById: users.editor,
      },
    });
    sourceIds.set(key, created.id);
    await audit(users.editor, 'source.create', 'Source', created.id, { title: source.title, url: source.url });
  }

  const claimIds = new Map<string, string>();
  for (const claim of record.claims) {
    claimIds.set(claim.key, await createClaim(tx, users, claim, { entityIds, sourceIds, topicIds }));
  }
  for (const link of record.links) await createLink(tx, users, link, claimIds);
}

async function createClaim(
  tx: Tx,
  users: UserIds,
  claim: DemoClaim,
  ids: { entityIds: Map<string, string>; sourceIds: Map<string, string>; topicIds: Map<string, string> },
) {
  const authorId = users[claim.author];
  const { id: claimId } = await tx.claim.create({ data: { authorId } });
  const version = await tx.claimVersion.create({
    data: {
      claimId,
      version: 1,
      statement: claim.statement,
      claimantId: claim.claimant ? required(ids.entityIds, claim.claimant, 'entity') : null,
      subjectId: claim.subject ? required(ids.entityIds, claim.subject, 'entity') : null,
      relationKey: claim.relation ?? null,
      objectId: claim.object ? required(ids.entityIds, claim.object, 'entity') : null,
      polarity: claim.polarity ?? null,
      claimedAt: day(claim.claimedAt)!,
      validFrom: day(claim.validFrom),
      validTo: day(claim.validTo),
      credibility: claim.credibility,
      credibilityNote: claim.credibilityNote,
      editedById: authorId,
      topics: { create: claim.topics.map((slug) => ({ topicId: required(ids.topicIds, slug, 'topic') })) },
      citations: {
        create: claim.citations.map(({ source, ...citation }, position) => ({
          ...citation,
          position,
          sourceId: required(ids.sourceIds, source, 'source'),
        })),
      },
    },
  });
  const published = await recordReviews(tx, claim, claim.reviewer && users[claim.reviewer], {
    claimId,
    claimVersionId: version.id,
  });
  await tx.claim.update({
    where: { id: claimId },
    data: { status: claim.status, currentVersionId: version.id, publishedVersionId: published ? version.id : null },
  });
  await tx.auditEvent.create({
    data: { actorId: authorId, action: 'claim.create', targetType: 'Claim', targetId: claimId, after: { statement: claim.statement, status: claim.status } },
  });
  return claimId;
}

async function createLink(tx: Tx, users: UserIds, link: DemoLink, claimIds: Map<string, string>) {
  const claimAId = required(claimIds, link.claimA, 'claim');
  const claimBId = required(claimIds, link.claimB, 'claim');
  const [pairLow, pairHigh] = [claimAId, claimBId].sort();
  const createdById = users[link.author];
  const { id: linkId } = await tx.claimLink.create({ data: { claimAId, claimBId, pairLow, pairHigh, kind: link.kind, createdById } });
  const version = await tx.claimLinkVersion.create({
    data: { linkId, version: 1, note: link.note, resolution: link.resolution, resolutionNote: link.resolutionNote ?? '', editedById: createdById },
  });
  const published = await recordReviews(tx, link, link.reviewer && users[link.reviewer], { linkId, linkVersionId: version.id });
  await tx.claimLink.update({
    where: { id: linkId },
    data: { status: link.status, currentVersionId: version.id, publishedVersionId: published ? version.id : null },
  });
  await tx.auditEvent.create({
    data: { actorId: createdById, action: 'link.create', targetType: 'ClaimLink', targetId: linkId, after: { kind: link.kind, status: link.status } },
  });
}

const decisionsFor = {
  DRAFT: [],
  IN_REVIEW: [],
  CHANGES_REQUESTED: ['REQUEST_CHANGES'],
  APPROVED: ['APPROVE'],
  REJECTED: ['REJECT'],
  RETRACTED: ['APPROVE', 'RETRACT'],
} as const;

/** The reviews that brought version 1 to its demo status; returns whether that version is published. */
async function recordReviews(
  tx: Tx,
  item: { status: keyof typeof decisionsFor; reviewNote?: string },
  reviewerId: string | undefined,
  target: { claimId: string; claimVersionId: string } | { linkId: string; linkVersionId: string },
) {
  for (const decision of decisionsFor[item.status]) {
    if (!reviewerId) throw new Error(`a demo item with status ${item.status} needs a reviewer`);
    const note = decision === 'APPROVE' ? '' : (item.reviewNote ?? '');
    await tx.review.create({ data: { ...target, version: 1, decision, note, reviewerId } });
  }
  return (decisionsFor[item.status] as readonly string[]).includes('APPROVE');
}

function withName(name: string, aliases: DemoEntity['aliases']) {
  return aliases.some((alias) => alias.alias === name) ? aliases : [{ alias: name }, ...aliases];
}

function originsFirst<T extends { key: string; derivedFrom?: string }>(sources: T[]): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  const place = (source: T, trail: string[]) => {
    if (placed.has(source.key)) return;
    if (trail.includes(source.key)) throw new Error(`demo sources derive from each other in a loop: ${trail.join(' → ')}`);
    const origin = sources.find((candidate) => candidate.key === source.derivedFrom);
    if (origin) place(origin, [...trail, source.key]);
    placed.add(source.key);
    ordered.push(source);
  };
  for (const source of sources) place(source, []);
  return ordered;
}

function required(ids: Map<string, string>, key: string, kind: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`the demo record names an unknown ${kind}: ${key}`);
  return id;
}
