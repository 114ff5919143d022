import type { Metadata } from 'next';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { inputClass } from '@/components/forms/field';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDay } from '@/lib/format/dates';
import type { QueryValue } from '@/lib/http/query-values';
import { decisionLabel, decisions } from '@/lib/reviews/review-schema';
import type { QueueFilter } from '@/lib/reviews/queue-schema';
import { topicNameLength, type TopicChoices } from '@/lib/reviews/queue-topic';
import { listReviewQueue, queuePageSize } from '@/lib/reviews/review-queue';

export const metadata: Metadata = { title: 'Review queue' };

type Props = { searchParams: Promise<Record<string, QueryValue>> };

/** The queue's address with the current filters, at a page (or the first one). */
function queueHref(filter: QueueFilter, page: { after: string } | { before: string } | null = null) {
  const query = new URLSearchParams(Object.entries({ ...filter, ...page }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return query.size > 0 ? `/desk/review?${query}` : '/desk/review';
}

const count = (n: number) => n.toLocaleString('en');

export default async function ReviewQueuePage({ searchParams }: Props) {
  await requirePageActor('review:decide', '/desk/review');
  const params = await searchParams;
  const { items, filter, topic, topicChoices, editors, total, from, to, next, previous, cursorProblem } = await listReviewQueue(params);
  const decided = decisions.find((decision) => decision === params.decided);
  return (
    <>
      <h1 className="text-2xl font-semibold">Review queue</h1>
      {decided && (
        <p role="status" className="mt-3 rounded border border-green-600 bg-green-50 p-3">
          Recorded: {decisionLabel[decided].toLowerCase()}.
        </p>
      )}
      <form role="search" className="mt-4 grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="topic" className="block text-sm font-medium">Topic</label>
          <input
            id="topic"
            name="topicName"
            type="search"
            maxLength={topicNameLength}
            dir="auto"
            defaultValue={topicChoices?.typed ?? topic?.title ?? ''}
            placeholder="Any: type its title or part of it"
            className={inputClass}
          />
          {topic && <input type="hidden" name="topic" value={topic.id} />}
        </div>
        <div>
          <label htmlFor="editor" className="block text-sm font-medium">Editor</label>
          <select id="editor" name="editor" defaultValue={filter.editor ?? ''} className={inputClass}>
            <option value="">Any</option>
            {editors.map((editor) => (
              <option key={editor.id} value={editor.id}>{editor.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">Kind</label>
          <select id="kind" name="kind" defaultValue={filter.kind ?? ''} className={inputClass}>
            <option value="">Claims and links</option>
            <option value="claim">Claims</option>
            <option value="link">Links</option>
          </select>
        </div>
        <button type="submit" className="rounded border border-stone-500 px-3 py-2 font-medium">Filter</button>
      </form>
      {topicChoices && <TopicChoiceList choices={topicChoices} filter={filter} />}
      {cursorProblem && (
        <p role="status" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3">
          {cursorProblem}
        </p>
      )}
      {!topicChoices && (
        <p className="mt-4 text-sm text-stone-700" role="status">
          {count(total)} waiting, oldest first
          {items.length > 0 && `; showing ${count(from)}–${count(to)}`}
          {items.length === 0 && total > 0 && '; none after this point'}
        </p>
      )}
      {items.length > 0 && (
        <ol className="mt-2 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="p-3">
              <p>
                <span className="mr-2 rounded border border-stone-400 px-1 text-xs font-semibold uppercase">{item.kind}</span>
                <NoPrefetchLink href={`/desk/review/${item.kind}s/${item.id}`} className="font-medium text-blue-800 underline" dir="auto">
                  {item.statement}
                </NoPrefetchLink>
              </p>
              <p className="mt-1 text-sm text-stone-700">
                Version {item.version} by {item.editor} (recorded by {item.author}), waiting since {formatDay(item.since)}
                {item.topics.length > 0 && ` · ${item.topics.join(', ')}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      {(previous || next || (items.length === 0 && total > 0)) && (
        // Plain links that carry the filters: paging needs no script.
        <nav aria-label="Queue pages" className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          {(from > queuePageSize + 1 || items.length === 0) && (
            <NoPrefetchLink href={queueHref(filter)} className="font-medium text-blue-800 underline">
              Back to the oldest
            </NoPrefetchLink>
          )}
          {previous && (
            <NoPrefetchLink href={queueHref(filter, { before: previous })} rel="prev" className="font-medium text-blue-800 underline">
              Previous page
            </NoPrefetchLink>
          )}
          {next && (
            <NoPrefetchLink href={queueHref(filter, { after: next })} rel="next" className="font-medium text-blue-800 underline">
              Next page
            </NoPrefetchLink>
          )}
        </nav>
      )}
    </>
  );
}

/** A typed topic name that is not one topic's: the topics it could mean, each a link to the queue filtered by it. */
function TopicChoiceList({ choices, filter }: { choices: TopicChoices; filter: QueueFilter }) {
  if (choices.problem) {
    return (
      <p role="status" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3">
        The topic field: {choices.problem}.
      </p>
    );
  }
  if (choices.topics.length === 0) {
    return (
      <p role="status" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3">
        No topic’s title contains “<span dir="auto">{choices.typed}</span>”. Clear the topic field to see the whole queue.
      </p>
    );
  }
  return (
    <section aria-labelledby="topic-choices" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3">
      <h2 id="topic-choices" className="font-medium">
        {choices.more ? `More than ${choices.topics.length} topics` : `${choices.topics.length} topics`} fit “<span dir="auto">{choices.typed}</span>”: choose one
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {choices.topics.map((choice) => (
          <li key={choice.id}>
            <NoPrefetchLink href={queueHref({ ...filter, topic: choice.id })} className="text-blue-800 underline" dir="auto">
              {choice.title}
            </NoPrefetchLink>
          </li>
        ))}
      </ul>
      {choices.more && <p className="mt-2 text-sm">Type more of the title to see the others.</p>}
    </section>
  );
}
