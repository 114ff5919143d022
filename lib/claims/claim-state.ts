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

type StateRow = Prisma.ClaimGetPayload<{ select: typeof stateSelect }>;

function stateOf(claim: StateRow) {
  if (!claim.currentVersion) return null;
  const { currentVersion: current, publishedVersion, ...workflow } = claim;
  return { ...workflow, publishedVersion: publishedVersion?.version ?? null, ...contentOf(current), editedById: current.editedById };
}

/** A claim as the write API answers it: its workflow state and its current version's content, in the
 *  input's own field names (so an edit can be merged onto it and validated whole). */
export async function getClaimState(tx: Tx, id: string) {
  const claim = await tx.claim.findUnique({ where: { id }, select: stateSelect });
  return claim ? stateOf(claim) : null;
}

export type ClaimState = NonNullable<ReturnType<typeof stateOf>>;

/** The states of several claims, read together (a query per table, not per claim), in the order of `ids`;
 *  each claim must exist and have a current version. */
export async function getClaimStates(tx: Tx, ids: string[]): Promise<ClaimState[]> {
  const rows = await tx.claim.findMany({ where: { id: { in: ids } }, select: stateSelect });
  const byId = new Map(rows.map((row) => [row.id, stateOf(row)]));
  return ids.map((id) => {
    const state = byId.get(id);
    if (!state) throw new Error(`claim ${id} has no current version`);
    return state;
  });
}

/** The content fields of a state, shaped as input for validation. */
export function contentInputOf(state: ClaimState): Record<string, unknown> {
  const { statement, claimantId, subjectId, relation, objectId, polarity, claimedAt, validFrom, validTo, credibility, credibilityNote, topicIds, citations } = state;
  return { statement, claimantId, subjectId, relation, objectId, polarity, claimedAt, validFrom, validTo, credibility, credibilityNote, topicIds, citations };
}

/** Every entity, relation, topic and source the content names exists; field errors name the ones that do not. */
export async function assertReferencesExist(tx: Tx, content: ClaimContent) {
  const [fields] = await missingReferences(tx, [content]);
  if (Object.keys(fields).length) throw new AppError('INVALID', 'The claim names something that is not on record', fields);
}

/** For each content, the field errors of what it names that is not on record: one query per table for all of
 *  them, however many contents there are. */
export async function missingReferences(tx: Tx, contents: ClaimContent[]): Promise<FieldErrors[]> {
  const entityIds = new Set(contents.flatMap((content) => [content.claimantId, content.subjectId, content.objectId].filter((id): id is string => Boolean(id))));
  const relationKeys = new Set(contents.flatMap((content) => (content.relation ? [content.relation] : [])));
  const topicIds = new Set(contents.flatMap((content) => content.topicIds));
  const sourceIds = new Set(contents.flatMap((content) => content.citations.map((citation) => citation.sourceId)));
  // Nothing to look up, nothing to ask: claims without a relation or topics cost no query for them.
  const known = async (values: Set<string>, find: (values: string[]) => Promise<string[]>) => new Set(values.size ? await find([...values]) : []);
  const [knownEntities, knownRelations, knownTopics, knownSources] = await Promise.all([
    known(entityIds, async (values) => (await tx.entity.findMany({ where: { id: { in: values } }, select: { id: true } })).map((row) => row.id)),
    known(relationKeys, async (values) => (await tx.relation.findMany({ where: { key: { in: values } }, select: { key: true } })).map((row) => row.key)),
    known(topicIds, async (values) => (await tx.topic.findMany({ where: { id: { in: values } }, select: { id: true } })).map((row) => row.id)),
    known(sourceIds, async (values) => (await tx.source.findMany({ where: { id: { in: values } }, select: { id: true } })).map((row) => row.id)),
  ]);
  return contents.map((content) => {
    const fields: FieldErrors = {};
    for (const field of ['claimantId', 'subjectId', 'objectId'] as const) {
      const id = content[field];
      if (id && !knownEntities.has(id)) fields[field] = ['No such entity'];
    }
    if (content.relation && !knownRelations.has(content.relation)) fields.relation = ['No such relation'];
    content.topicIds.forEach((id, index) => {
      if (!knownTopics.has(id)) fields[`topicIds.${index}`] = ['No such topic'];
    });
    content.citations.forEach((citation, index) => {
      if (!knownSources.has(citation.sourceId)) fields[`citations.${index}.sourceId`] = ['No such source'];
    });
    return fields;
  });
}

/** A version's own columns, from validated content: what a single edit and a batch of new claims both write. */
export function versionColumns(content: ClaimContent, editorId: string) {
  return {
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
  };
}

/** A version's topics, each once however often it was sent. */
export const uniqueTopicIds = (content: ClaimContent) => [...new Set(content.topicIds)];

/** Writes version `version` of a claim: its text, topics and citations. A citation kept from the previous
 *  version keeps its id; the database refuses a second version with the same number (a lost race). */
export async function writeClaimVersion(tx: Tx, claimId: string, version: number, content: ClaimContent, editorId: string) {
  return tx.claimVersion.create({
    data: {
      claimId,
      version,
      ...versionColumns(content, editorId),
      topics: { create: uniqueTopicIds(content).map((topicId) => ({ topicId })) },
      citations: { create: content.citations.map((citation, position) => ({ ...citation, position })) },
    },
    select: { id: true },
  });
}
