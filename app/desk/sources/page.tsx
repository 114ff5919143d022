import type { Metadata } from 'next';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { PageNav } from '@/components/page-nav';
import { SourceGradeBadge } from '@/components/grade-badge';
import { inputClass } from '@/components/forms/field';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDay } from '@/lib/format/dates';
import type { QueryValue } from '@/lib/http/query-values';
import { listSources } from '@/lib/sources/list-sources';
import { sourceGradeValues, sourceKindLabel, sourceKinds } from '@/lib/sources/source-schema';

export const metadata: Metadata = { title: 'Sources' };

type Props = { searchParams: Promise<Record<string, QueryValue>> };

export default async function SourcesPage({ searchParams }: Props) {
  await requirePageActor('desk:read', '/desk/sources');
  const { sources, total, filter, pageCount } = await listSources(await searchParams);
  const pageLink = (page: number) => `/desk/sources?${new URLSearchParams({ ...stringEntries(filter), page: String(page) })}`;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-semibold">Sources</h1>
        <NoPrefetchLink href="/desk/sources/new" className="rounded bg-stone-900 px-3 py-2 font-medium text-white">
          Add a source
        </NoPrefetchLink>
      </div>
      <form role="search" className="mt-4 grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">Search</label>
          <input id="q" name="q" defaultValue={filter.q ?? ''} className={inputClass} dir="auto" />
        </div>
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">Kind</label>
          <select id="kind" name="kind" defaultValue={filter.kind ?? ''} className={inputClass}>
            <option value="">Any</option>
            {sourceKinds.map((kind) => (
              <option key={kind} value={kind}>{sourceKindLabel[kind]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="grade" className="block text-sm font-medium">Grade</label>
          <select id="grade" name="grade" defaultValue={filter.grade ?? ''} className={inputClass}>
            <option value="">Any</option>
            {sourceGradeValues.map((grade) => (
              <option key={grade} value={grade}>{grade}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="publisher" className="block text-sm font-medium">Publisher</label>
          <input id="publisher" name="publisher" defaultValue={filter.publisher ?? ''} className={inputClass} dir="auto" />
        </div>
        <button type="submit" className="rounded border border-stone-500 px-3 py-2 font-medium">Filter</button>
      </form>
      <p className="mt-4 text-sm text-stone-700" role="status">
        {total} {total === 1 ? 'source' : 'sources'}
      </p>
      <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {sources.map((source) => (
          <li key={source.id} className="p-3">
            <p>
              <NoPrefetchLink href={`/desk/sources/${source.id}`} className="font-medium text-blue-800 underline" dir="auto">
                {source.title}
              </NoPrefetchLink>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
              <span>{source.publisher}</span>
              {source.publishedAt && <span>{formatDay(source.publishedAt)}</span>}
              <span>{sourceKindLabel[source.kind]}</span>
              <SourceGradeBadge grade={source.grade} />
              <span>{source._count.citations} citations</span>
              {source.derivedFrom && <span>derived from {source.derivedFrom.title}</span>}
            </p>
          </li>
        ))}
      </ul>
      <PageNav page={filter.page} pageCount={pageCount} href={pageLink} />
    </>
  );
}

function stringEntries(filter: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined).map(([key, value]) => [key, String(value)]));
}
