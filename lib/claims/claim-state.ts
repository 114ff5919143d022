import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError, type FieldErrors } from '@/lib/errors';
import { dayString } from '@/lib/validation/fields';
import type { ClaimContent } from './claim-schema';

type Tx = Prisma.TransactionClient;

const versionContentSelect = {
  id: true,
  statement: true,
  claimantId: true,
  subjectId: true,
  relationKey: true,
  objectId: true,
  polarity: true,
  claimedAt: true,
  validFrom: true,
  validTo: true,
  credibility: true,
  credibilityNote: true,
  editedById: true,
  createdAt: true,
  topics: { select: { topicId: true }, orderBy: { topicId: 'asc' } },
  citations: {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      sourceId: true,
      quote: true,
      originalQuote: true,
      originalLanguage: true,
      translation: true,
      translator: true,
      locator: true,
      attributedTo: true,
    },
  },
} satisfies Prisma.ClaimVersionSelect;

const stateSelect = {
  id: true,
  status: true,
  version: true,
  authorId: true,
  createdAt: true,
  updatedAt: true,
  publishedVersion: { select: { version: true } },
  currentVersion: { select: versionContentSelect },
} satisfies Prisma.ClaimSelect;

type VersionContent = Prisma.ClaimVersionGetPayload<{ select: typeof versionContentSelect }>;

/** A version's content in the input's own field names. */
function contentOf(version: VersionContent) {
  return {
    statement: version.statement,
    claimantId: version.claimantId,
    subjectId: version.subjectId,
    relation: version.relationKey,
    objectId: version.objectId,
    polarity: version.polarity,
    claimedAt: dayString(version.claimedAt),
    validFrom: dayString(version.validFrom) || null,
    validTo: dayString(version.validTo) || null,
    credibility: version.credibility,
    credibilityNote: version.credibilityNote,
    topicIds: version.topics.map((topic) => topic.topicId),
    citations: version.citations,
  };
}

/** One version's content, as input: the base a conflicting edit started from. */
export async function getVersionContent(tx: Tx, claimId: string, version: number) {
  const row = await tx.claimVersion.findUnique({ where: { claimId_version: { claimId, version } }, select: versionContentSelect });
  return row ? contentOf(row) : null;
}

/** A claim as the write API answers it: its workflow state and its current version's content, in the
 *  input's own field names (so an edit can be merged onto it and validated whole). */
export async function getClaimState(tx: Tx, id: string) {
  const claim = await tx.claim.findUnique({ where: { id }, select: stateSelect });
  if (!claim?.currentVersion) return null;
  const { currentVersion: current, publishedVersion, ...workflow } = claim;
  return { ...workflow, publishedVersion: publishedVersion?.version ?? null, ...contentOf(current), editedById: current.editedById };
}

export type ClaimState = NonNullable<Awaited<ReturnType<typeof getClaimState>>>;

/** The content fields of a state, shaped as input for validation. */
export function contentInputOf(state: ClaimState): Record<string, unknown> {
  const { statement, claimantId, subjectId, relation, objectId, polarity, claimedAt, validFrom, validTo, credibility, credibilityNote, topicIds, citations } = state;
  return { statement, claimantId, subjectId, relation, objectId, polarity, claimedAt, validFrom, validTo, credibility, credibilityNote, topicIds, citations };
}

/** Every entity, relation, topic and source the content names exists; field errors name the ones that do not. */
export async function assertReferencesExist(tx: Tx, content: ClaimContent) {
  const entityIds = [content.claimantId, content.subjectId, content.objectId].filter((id): id is string => Boolean(id));
  const sourceIds = [...new Set(content.citations.map((citation) => citation.sourceId))];
  const [entities, relation, topics, sources] = await Promise.all([
    tx.entity.findMany({ where: { id: { in: entityIds } }, select: { id: true } }),
    content.relation ? tx.relation.findUnique({ where: { key: content.relation }, select: { key: true } }) : null,
    tx.topic.findMany({ where: { id: { in: content.topicIds } }, select: { id: true } }),
    tx.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true } }),
  ]);
  const fields: FieldErrors = {};
  const known = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
  const knownEntities = known(entities);
  for (const field of ['claimantId', 'subjectId', 'objectId'] as const) {
    const id = content[field];
    if (id && !knownEntities.has(id)) fields[field] = ['No such entity'];
  }
  if (content.relation && !relation) fields.relation = ['No such relation'];
  const knownTopics = known(topics);
  content.topicIds.forEach((id, index) => {
    if (!knownTopics.has(id)) fields[`topicIds.${index}`] = ['No such topic'];
  });
  const knownSources = known(sources);
  content.citations.forEach((citation, index) => {
    if (!knownSources.has(citation.sourceId)) fields[`citations.${index}.sourceId`] = ['No such source'];
  });
  if (Object.keys(fields).length) throw new AppError('INVALID', 'The claim names something that is not on record', fields);
}

/** Writes version `version` of a claim: its text, topics and citations. A citation kept from the previous
 *  version keeps its id; the database refuses a second version with the same number (a lost race). */
export async function writeClaimVersion(tx: Tx, claimId: string, version: number, content: ClaimContent, editorId: string) {
  return tx.claimVersion.create({
    data: {
      claimId,
      version,
      statement: content.statement,
      claimantId: content.claimantId ?? null,
      subjectId: content.subjectId ?? null,
      relationKey: content.relation ?? null,
      objectId: content.objectId ?? null,
      polarity: content.polarity ?? null,
      claimedAt: content.claimedAt,
      validFrom: content.validFrom ?? null,
      validTo: content.validTo ?? null,
      credibility: content.credibility,
      credibilityNote: content.credibilityNote,
      editedById: editorId,
      topics: { create: [...new Set(content.topicIds)].map((topicId) => ({ topicId })) },
      citations: { create: content.citations.map((citation, position) => ({ ...citation, position })) },
    },
    select: { id: true },
  });
}
