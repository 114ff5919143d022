import type { GetServerSidePropsContext, PageConfig } from 'next';
import { SourceGradeBadge } from '@/components/grade-badge';
import { NotPublicPage } from '@/components/not-public';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead } from '@/components/public-head';
import { formatDay } from '@/lib/format/dates';
import { pageData, publicPage, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';
import { listSourcesForReaders } from '@/lib/public-site/reference-pages';

export const config: PageConfig = { unstable_runtimeJS: false };

// A page starts after a position in the list: ?after= from the previous page's link. Anything else is not a page.
async function load(context: GetServerSidePropsContext) {
  const after = context.query.after;
  if (after === undefined) return listSourcesForReaders(null);
  if (typeof after !== 'string') return null;
  const page = await listSourcesForReaders(after);
  return page?.sources.length ? page : null;
}
export const getServerSideProps = publicPage(load);

export default function SourcesPage(props: PublicPageProps) {
  const page = pageData<LoadedData<typeof load>>(props);
  if (!page) return <NotPublicPage />;
  const { sources, nextAfter } = page;
  return (
    <>
      <PublicHead title="Sources" description="The sources the published claims cite, with their reliability grades." path="/sources" />
      <StaticMarkup renderedFrom={page}>
        <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
        <p className="mt-2">
          Every source a published claim cites, graded for reliability (<a href="/key" className="text-blue-800 underline">what the grades mean</a>).
        </p>
        {sources.length === 0 ? (
          <p className="mt-4">No published claim cites a source yet.</p>
        ) : (
          <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
            {sources.map((source) => (
              <li key={source.id} className="p-3">
                <a href={`/sources/${source.id}`} className="font-medium text-blue-800 underline" dir="auto">
                  {source.title}
                </a>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
                  <span>{source.publisher}</span>
                  {source.publishedAt && <span>{formatDay(source.publishedAt)}</span>}
                  <SourceGradeBadge grade={source.grade} />
                  {source.derivedFrom && <span dir="auto">reports {source.derivedFrom.title}</span>}
                </p>
              </li>
            ))}
          </ul>
        )}
        {nextAfter && (
          <p className="mt-4">
            <a href={`/sources?after=${nextAfter}`} rel="next" className="text-blue-800 underline">
              Next sources
            </a>
          </p>
        )}
      </StaticMarkup>
    </>
  );
}
