import 'server-only';
import { readStatusCounts } from '@/lib/claims/status-counts';
import { db } from '@/lib/db';
import { firstValue, type QueryValue } from '@/lib/http/query-values';
import { countQueue, queuePositions } from './queue-query';
import { queueTopic, type QueueTopic, type TopicChoices } from './queue-topic';
import { encodeQueueCursor, queueFilterSchema, queuePageSchema, type QueueFilter, type QueueKind, type QueuePosition } from './queue-schema';

export const queuePageSize = 50;

export type QueueItem = {
  kind: QueueKind;
  id: string;
  version: number;
  since: Date;
  statement: string;
  editor: string;
  author: string;
  topics: string[];
};

export type QueuePage = {
  items: QueueItem[];
  filter: QueueFilter;
  /** Everything waiting under the filter, and where this page sits in it (from 1; 0 and 0 for an empty page). */
  total: number;
  from: number;
  to: number;
  /** Cursors for the neighbouring pages, when there are any. */
  next: string | null;
  previous: string | null;
  /** Set when the address carried a cursor the queue could not use; the page is then the first one. */
  cursorProblem: string | null;
  /** The topic filtered by, as the topic field shows it. */
  topic: QueueTopic | null;
  /** Set when the topic name typed is not one topic; the page then lists none of the queue. */
  topicChoices: TopicChoices | null;
  editors: { id: string; name: string }[];
};

/** What the queue shows of the items at these positions, in the same order. An item decided in the meantime
 *  is left out. */
async function describe(positions: QueuePosition[]): Promise<QueueItem[]> {
  const claimIds = positions.filter((position) => position.kind === 'claim').map((position) => position.id);
  const linkIds = positions.filter((position) => position.kind === 'link').map((position) => position.id);
  const [claims, links] = await Promise.all([
    claimIds.length === 0
      ? []
      : db.claim.findMany({
          where: { id: { in: claimIds } },
          select: {
            id: true,
            version: true,
            author: { select: { name: true } },
            currentVersion: { select: { statement: true, editedBy: { select: { name: true } }, topics: { select: { topic: { select: { title: true } } } } } },
          },
        }),
    linkIds.length === 0
      ? []
      : db.claimLink.findMany({
          where: { id: { in: linkIds } },
          select: {
            id: true,
            version: true,
            kind: true,
            createdBy: { select: { name: true } },
            currentVersion: { select: { editedBy: { select: { name: true } } } },
            claimA: { select: { currentVersion: { select: { statement: true } } } },
            claimB: { select: { currentVersion: { select: { statement: true } } } },
          },
        }),
  ]);
  const shown = new Map<string, Omit<QueueItem, 'since'>>();
  for (const claim of claims) {
    shown.set(`claim:${claim.id}`, {
      kind: 'claim',
      id: claim.id,
      version: claim.version,
      statement: claim.currentVersion?.statement ?? '',
      editor: claim.currentVersion?.editedBy.name ?? '',
      author: claim.author.name,
      topics: claim.currentVersion?.topics.map(({ topic }) => topic.title) ?? [],
    });
  }
  for (const link of links) {
    shown.set(`link:${link.id}`, {
      kind: 'link',
      id: link.id,
      version: link.version,
      statement: `“${link.claimA.currentVersion?.statement}” ${link.kind.toLowerCase()} “${link.claimB.currentVersion?.statement}”`,
      editor: link.currentVersion?.editedBy.name ?? '',
      author: link.createdBy.name,
      topics: [],
    });
  }
  return positions.flatMap((position) => {
    const item = shown.get(`${position.kind}:${position.id}`);
    return item ? [{ ...item, since: position.at }] : [];
  });
}

const listEditors = () => db.user.findMany({ where: { role: { in: ['EDITOR', 'ADMIN'] } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });

/** One page of what is in review, oldest first: claims and links together, `queuePageSize` at a time, with the
 *  number waiting under the filters. Unknown filter values are ignored, except a topic's name that is not one
 *  topic's, which lists the topics it could mean instead of the queue; a cursor the queue did not give out
 *  shows the first page, with a message. */
export async function listReviewQueue(raw: Record<string, QueryValue>): Promise<QueuePage> {
  const parsedFilter = queueFilterSchema.safeParse({ topic: firstValue(raw.topic), editor: firstValue(raw.editor), kind: firstValue(raw.kind) });
  const parsedPage = queuePageSchema.safeParse(Object.fromEntries(['after', 'before'].flatMap((key) => (key in raw ? [[key, firstValue(raw[key])]] : []))));
  const page = parsedPage.success ? parsedPage.data : {};
  const cursorProblem = parsedPage.success ? null : 'That page link is not one this queue gave out, so here are the oldest items waiting.';

  const topicFound = await queueTopic(firstValue(raw.topicName), parsedFilter.success ? parsedFilter.data.topic : undefined);
  const topic = topicFound && 'id' in topicFound ? topicFound : null;
  const topicChoices = topicFound && !('id' in topicFound) ? topicFound : null;
  const filter: QueueFilter = { ...(parsedFilter.success ? parsedFilter.data : {}), topic: topic?.id };
  if (topicChoices) {
    return { items: [], filter, total: 0, from: 0, to: 0, next: null, previous: null, cursorProblem: null, topic, topicChoices, editors: await listEditors() };
  }

  const [found, total, editors] = await Promise.all([
    'before' in page ? queuePositions(filter, queuePageSize, page.before, 'before') : queuePositions(filter, queuePageSize, 'after' in page ? page.after : null, 'after'),
    filter.topic || filter.editor ? countQueue(filter) : countInReview(filter.kind),
    listEditors(),
  ]);
  let positions = found;
  let fromStart = !('after' in page) && !('before' in page);
  // Going back from near the start, after items there were decided, would give a short page: show the first
  // page whole instead.
  if ('before' in page && positions.length < queuePageSize) {
    positions = await queuePositions(filter, queuePageSize, null, 'after');
    fromStart = true;
  }
  const [items, before] = await Promise.all([describe(positions), fromStart || positions.length === 0 ? 0 : countQueue(filter, positions[0])]);
  const to = before + positions.length;
  return {
    items,
    filter,
    total,
    from: positions.length > 0 ? before + 1 : 0,
    to,
    next: positions.length > 0 && to < total ? encodeQueueCursor(positions[positions.length - 1]) : null,
    previous: before > 0 ? encodeQueueCursor(positions[0]) : null,
    cursorProblem,
    topic,
    topicChoices: null,
    editors,
  };
}

/** The number in the reviewers' navigation: everything in review (or, given a kind, the claims or the links in
 *  review), from the counts the database keeps, which the layout and the page read once between them. */
export async function countInReview(kind?: QueueKind) {
  const counts = await readStatusCounts();
  const kinds: QueueKind[] = kind ? [kind] : ['claim', 'link'];
  return kinds.reduce((waiting, each) => waiting + (counts[each].IN_REVIEW ?? 0), 0);
}
