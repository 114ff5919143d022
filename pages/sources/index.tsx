import type { PageConfig } from 'next';
import Link from 'next/link';
import { SourceGradeBadge } from '@/components/grade-badge';
import { NotPublicPage } from '@/components/not-public';
import { PublicHead } from '@/components/public-head';
import { formatDay } from '@/lib/format/dates';
import { pageData, publicPage, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';
import { listSourcesForReaders, sourcesPageLength } from '@/lib/public-site/reference-pages';

export const config: PageConfig = { unstable_runtimeJS: false };

/** `?page=` as a page number from 1; anything else, or a page past the last, is not found. */
async function load(pageParam: string | string[] | undefined) {
  const value = Array.isArray(pageParam) ? pageParam[0] : pageParam;
  const page = value === undefined ? 1 : /^[1-9]\d{0,3}$/.test(value) ? Number(value) : null;
  if (page === null) return null;
  const { sources, hasNextPage } = await listSourcesForReaders(page);
  return sources.length === 0 && page > 1 ? null : { page, first: (page - 1) * sourcesPageLength + 1, sources, hasNextPage };
}
export const getServerSideProps = publicPage((context) => load(context.query.page));

const pageHref = (page: number) => (page === 1 ? '/sources' : `/sources?page=${page}`);

export default function SourcesPage(props: PublicPageProps) {
  const data = pageData<LoadedData<typeof load>>(props);
  if (!data) return <NotPublicPage />;
  const { page, first, sources, hasNextPage } = data;
  return (
    <>
      <PublicHead
        title={page === 1 ? 'Sources' : `Sources, page ${page}`}
        description="The sources the published claims cite, with their reliability grades."
        path={pageHref(page)}
      />
      <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
      <p className="mt-2">
        Every source a published claim cites, graded for reliability (<Link href="/key" className="text-blue-800 underline">what the grades mean</Link>),
        by publisher.
      </p>
      {(page > 1 || hasNextPage) && (
        <p className="mt-2 text-sm text-stone-700">
          Sources {first} to {first + sources.length - 1}, page {page}.
        </p>
      )}
      <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {sources.map((source) => (
          <li key={source.id} className="p-3">
            <Link href={`/sources/${source.id}`} className="font-medium text-blue-800 underline" dir="auto">
              {source.title}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
              <span>{source.publisher}</span>
              {source.publishedAt && <span>{formatDay(source.publishedAt)}</span>}
              <SourceGradeBadge grade={source.grade} />
              {source.derivedFrom && <span dir="auto">reports {source.derivedFrom.title}</span>}
            </p>
          </li>
        ))}
      </ul>
      {(page > 1 || hasNextPage) && (
        <nav aria-label="Pages of sources" className="mt-4 flex gap-4">
          {page > 1 && (
            <Link href={pageHref(page - 1)} rel="prev" className="text-blue-800 underline">
              Previous page
            </Link>
          )}
          {hasNextPage && (
            <Link href={pageHref(page + 1)} rel="next" className="text-blue-800 underline">
              Next page
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
