import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUuid } from './get-published-claim';
import { citationsWithSources } from './published-claim-select';
import { readStatusCounts } from './status-counts';

// What the desk reads. Unlike the public queries these show current versions, drafts included, to signed-in
// desk users (every caller checks `desk:read` first).

export const deskVersionSelect = {
  id: true,
  version: true,
  statement: true,
  claimedAt: true,
  validFrom: true,
  validTo: true,
  credibility: true,
  credibilityNote: true,
  polarity: true,
  createdAt: true,
  editedBy: { select: { id: true, name: true } },
  claimant: { select: { id: true, name: true } },
  subject: { select: { id: true, name: true } },
  relation: { select: { key: true, label: true } },
  object: { select: { id: true, name: true } },
  topics: { select: { topic: { select: { id: true, title: true } } } },
  citations: citationsWithSources,
} satisfies Prisma.ClaimVersionSelect;

const latestDecision = {
  orderBy: { createdAt: 'desc' },
  take: 1,
  select: { decision: true, note: true, createdAt: true, version: true, reviewer: { select: { name: true } } },
} satisfies Prisma.Claim$reviewsArgs;

export async function getDeskClaim(id: string) {
  if (!isUuid(id)) return null;
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { id: true, name: true } },
      currentVersion: { select: deskVersionSelect },
      publishedVersion: { select: { version: true } },
      reviews: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, decision: true, note: true, createdAt: true, version: true, reviewer: { select: { name: true } } },
      },
    },
  });
  if (!claim?.currentVersion) return null;
  const links = await db.claimLink.findMany({
    where: { OR: [{ claimAId: id }, { claimBId: id }] },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      kind: true,
      status: true,
      claimAId: true,
      claimA: { select: { id: true, status: true, currentVersion: { select: { statement: true } } } },
      claimB: { select: { id: true, status: true, currentVersion: { select: { statement: true } } } },
    },
  });
  const { currentVersion, ...rest } = claim;
  return {
    ...rest,
    current: currentVersion,
    lastDecision: claim.reviews.at(-1) ?? null,
    links: links.map((link) => ({
      id: link.id,
      kind: link.kind,
      status: link.status,
      direction: link.claimAId === id ? ('outgoing' as const) : ('incoming' as const),
      other: link.claimAId === id ? link.claimB : link.claimA,
    })),
  };
}

export type DeskClaim = NonNullable<Awaited<ReturnType<typeof getDeskClaim>>>;

const claimRow = {
  id: true,
  status: true,
  version: true,
  updatedAt: true,
  author: { select: { name: true } },
  currentVersion: { select: { statement: true, claimedAt: true } },
} satisfies Prisma.ClaimSelect;

/** The desk's front page for one user. */
export async function getDashboard(userId: string) {
  const [drafts, changesRequested, recent, counts] = await Promise.all([
    db.claim.findMany({ where: { authorId: userId, status: 'DRAFT' }, orderBy: { updatedAt: 'desc' }, take: 20, select: claimRow }),
    db.claim.findMany({
      where: { authorId: userId, status: 'CHANGES_REQUESTED' },
      orderBy: { updatedAt: 'desc' },
      take: 20,
      select: { ...claimRow, reviews: { ...latestDecision, where: { decision: 'REQUEST_CHANGES' } } },
    }),
    db.claim.findMany({ orderBy: { updatedAt: 'desc' }, take: 15, select: claimRow }),
    readStatusCounts(),
  ]);
  return { drafts, changesRequested, recent, counts: counts.claim };
}

/** Every version of a claim, oldest first, for its history and diffs. */
export async function getClaimHistory(id: string) {
  if (!isUuid(id)) return null;
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      publishedVersion: { select: { version: true } },
      versions: { orderBy: { version: 'asc' }, select: deskVersionSelect },
      reviews: { orderBy: { createdAt: 'asc' }, select: { decision: true, note: true, version: true, createdAt: true, reviewer: { select: { name: true } } } },
    },
  });
  return claim;
}

export type DeskVersion = DeskClaim['current'];

/** A link with both claims as they stand now, drafts included, for the side-by-side view. */
export async function getDeskLink(id: string) {
  if (!isUuid(id)) return null;
  const claimSide = {
    select: {
      id: true,
      status: true,
      version: true,
      author: { select: { name: true } },
      publishedVersion: { select: { version: true } },
      currentVersion: { select: deskVersionSelect },
    },
  } as const;
  return db.claimLink.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      createdBy: { select: { name: true } },
      publishedVersion: { select: { version: true } },
      currentVersion: { select: { note: true, resolution: true, resolutionNote: true, editedBy: { select: { name: true } }, createdAt: true } },
      reviews: { orderBy: { createdAt: 'asc' }, select: { id: true, decision: true, note: true, version: true, createdAt: true, reviewer: { select: { name: true } } } },
      claimA: claimSide,
      claimB: claimSide,
    },
  });
}

export function listTopics() {
  return db.topic.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } });
}

export function listRelations() {
  return db.relation.findMany({ orderBy: { label: 'asc' }, select: { key: true, label: true, exclusive: true } });
}
