import 'server-only';
import { containsPattern } from '@/lib/database/contains-pattern';
import { db, readRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { text } from '@/lib/validation/fields';

// The queue's topic filter is a name the reviewer types, not a list to choose from: at 1,000,000 claims the record
// has 2,000 topics, and a list of them all made the queue's page 746 KiB (bench/results/2026-12-07-5).

export type QueueTopic = { id: string; title: string };

/** What a typed name found when it is not one topic: none, or the first of several to choose from; or, instead, why
 *  the name cannot be a title. */
export type TopicChoices = { typed: string; topics: QueueTopic[]; more: boolean; problem: string | null };

/** How many topics a name that fits several offers. */
const topicChoicesShown = 20;

/** The longest name the topic field takes. */
export const topicNameLength = 200;

const topicNameSchema = text().trim().max(topicNameLength, `At most ${topicNameLength} characters`);

/** The topic the queue is filtered by, from its address, or the topics a typed name could mean. The queue's links
 *  send a topic's id. The form sends the name as typed, and the id of the topic it was showing, which is kept while
 *  the name is still that topic's title: two topics may share one. A cleared name drops the filter. */
export async function queueTopic(typed: string | undefined, id: string | undefined): Promise<QueueTopic | TopicChoices | null> {
  const shown = id ? await topicWithId(id) : null;
  if (typed === undefined || (shown && typed.trim().toLowerCase() === shown.title.toLowerCase())) return shown;
  return typed.trim() ? topicNamed(typed) : null;
}

/** The topic a reviewer means by a name: the one titled so, ignoring case, or else the one whose title contains
 *  the name. Several titled so, or none titled so and several containing it, are choices. Case is ignored in every
 *  letter where the database's locale folds them all (a new embedded database's does: embedded-postgres.ts). */
async function topicNamed(typed: string): Promise<QueueTopic | TopicChoices> {
  const parsed = topicNameSchema.safeParse(typed);
  if (!parsed.success) return { typed: typed.replace(/[\u0000\p{Cs}]/gu, ''), topics: [], more: false, problem: parsed.error.issues[0].message };
  const name = parsed.data;
  // Topic is a small table (2,000 rows at 1,000,000 claims), and not one of the claims tables.
  const rows = await readRows<QueueTopic & { exact: boolean }>(Prisma.sql`
    SELECT id::text AS id, title, lower(title) = lower(${name}) AS exact
    FROM "Topic"
    WHERE title ILIKE ${containsPattern(name)}
    ORDER BY exact DESC, title, id
    LIMIT ${topicChoicesShown + 1}`);
  const exact = rows.filter((row) => row.exact);
  const fitting = exact.length > 0 ? exact : rows;
  const topics = fitting.slice(0, topicChoicesShown).map(({ id, title }) => ({ id, title }));
  if (topics.length === 1) return topics[0];
  return { typed: name, topics, more: fitting.length > topicChoicesShown, problem: null };
}

/** The topic a filter names by id, when there is one. */
const topicWithId = (id: string): Promise<QueueTopic | null> => db.topic.findUnique({ where: { id }, select: { id: true, title: true } });
