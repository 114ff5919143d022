import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { optional, text, uuid } from '@/lib/validation/fields';

export const queueFilterSchema = z.object({
  topic: optional(uuid),
  editor: optional(text().max(100)),
  kind: optional(z.enum(['claim', 'link'])),
});

export type QueueItem =
  | { kind: 'claim'; id: string; version: number; since: Date; statement: string; editor: string; author: string; topics: string[] }
  | { kind: 'link'; id: string; version: number; since: Date; statement: string; editor: string; author: string; topics: string[] };

/** Everything in review, oldest first: claims and links. Unknown filter values are ignored. */
export async function listReviewQueue(raw: Record<string, string | string[] | undefined>) {
  const parsed = queueFilterSchema.safeParse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const filter = parsed.success ? parsed.data : {};
  const onTopic = filter.topic ? { currentVersion: { topics: { some: { topicId: filter.topic } } } } : {};
  const claimWhere: Prisma.ClaimWhereInput = {
    status: 'IN_REVIEW',
    AND: [onTopic, filter.editor ? { OR: [{ authorId: filter.editor }, { currentVersion: { editedById: filter.editor } }] } : {}],
  };
  const linkWhere: Prisma.ClaimLinkWhereInput = {
    status: 'IN_REVIEW',
    AND: [
      filter.editor ? { OR: [{ createdById: filter.editor }, { currentVersion: { editedById: filter.editor } }] } : {},
      filter.topic ? { OR: [{ claimA: onTopic }, { claimB: onTopic }] } : {},
    ],
  };
  const [claims, links, topics, editors] = await Promise.all([
    filter.kind === 'link'
      ? []
      : db.claim.findMany({
          where: claimWhere,
          orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
          take: 200,
          select: {
            id: true,
            version: true,
            updatedAt: true,
            author: { select: { name: true } },
            currentVersion: { select: { statement: true, editedBy: { select: { name: true } }, topics: { select: { topic: { select: { title: true } } } } } },
          },
        }),
    filter.kind === 'claim'
      ? []
      : db.claimLink.findMany({
          where: linkWhere,
          orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
          take: 200,
          select: {
            id: true,
            version: true,
            kind: true,
            updatedAt: true,
            createdBy: { select: { name: true } },
            currentVersion: { select: { editedBy: { select: { name: true } } } },
            claimA: { select: { currentVersion: { select: { statement: true } } } },
            claimB: { select: { currentVersion: { select: { statement: true } } } },
          },
        }),
    db.topic.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } }),
    db.user.findMany({ where: { role: { in: ['EDITOR', 'ADMIN'] } }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  const items: QueueItem[] = [
    ...claims.map((claim) => ({
      kind: 'claim' as const,
      id: claim.id,
      version: claim.version,
      since: claim.updatedAt,
      statement: claim.currentVersion?.statement ?? '',
      editor: claim.currentVersion?.editedBy.name ?? '',
      author: claim.author.name,
      topics: claim.currentVersion?.topics.map(({ topic }) => topic.title) ?? [],
    })),
    ...links.map((link) => ({
      kind: 'link' as const,
      id: link.id,
      version: link.version,
      since: link.updatedAt,
      statement: `“${link.claimA.currentVersion?.statement}” ${link.kind.toLowerCase()} “${link.claimB.currentVersion?.statement}”`,
      editor: link.currentVersion?.editedBy.name ?? '',
      author: link.createdBy.name,
      topics: [],
    })),
  ].sort((a, b) => a.since.getTime() - b.since.getTime());
  return { items, filter, topics, editors };
}

/** The number in the reviewers' navigation. */
export async function countInReview() {
  const [claims, links] = await Promise.all([db.claim.count({ where: { status: 'IN_REVIEW' } }), db.claimLink.count({ where: { status: 'IN_REVIEW' } })]);
  return claims + links;
}
