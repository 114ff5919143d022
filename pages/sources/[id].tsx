import type { PageConfig } from 'next';
import { ClaimList } from '@/components/claim-list';
import { ExternalLink } from '@/components/external-link';
import { SourceGradeBadge } from '@/components/grade-badge';
import { NotPublicPage } from '@/components/not-public';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead } from '@/components/public-head';
import { formatDay } from '@/lib/format/dates';
import { pageData, publicPage, routeParam, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';
import { getSourceForReaders } from '@/lib/public-site/reference-pages';
import { searchTermLength } from '@/lib/search/limits';

export const config: PageConfig = { unstable_runtimeJS: false };

const load = (id: string) => getSourceForReaders(id);
export const getServerSideProps = publicPage((context) => load(routeParam(context, 'id')));

/** Search has no filter by source: its words are the next best thing, cut to what the search box takes. */
function searchTermFor(title: string) {
  return title.length <= searchTermLength ? title : title.slice(0, title.lastIndexOf(' ', searchTermLength) + 1 || searchTermLength).trim();
}

export default function SourcePage(props: PublicPageProps) {
  const source = pageData<LoadedData<typeof load>>(props);
  if (!source) return <NotPublicPage />;
  return (
    <>
      <PublicHead
        title={source.title}
        description={`${source.publisher}: a source graded ${source.grade}, and the published claims citing it.`}
        path={`/sources/${source.id}`}
      />
      <StaticMarkup as="article" renderedFrom={source}>
        <h1 className="text-3xl font-semibold tracking-tight" dir="auto">{source.title}</h1>
        <p className="mt-2 text-stone-700">
          {source.publisher}
          {source.author && `, ${source.author}`}
          {source.publishedAt && `, ${formatDay(source.publishedAt)}`}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <SourceGradeBadge grade={source.grade} /> <span dir="auto">{source.gradeNote}</span>
        </p>
        {source.url && <p className="mt-2"><ExternalLink href={source.url}>The source</ExternalLink></p>}
        {source.archiveUrl && <p><ExternalLink href={source.archiveUrl}>An archived copy</ExternalLink></p>}
        {source.correctionKind && (
          <p className="mt-2 font-medium">
            {source.correctionKind.charAt(0) + source.correctionKind.slice(1).toLowerCase()} by the publisher
            {source.correctedAt && ` on ${formatDay(source.correctedAt)}`}: <span dir="auto">{source.correctionNote}</span>
          </p>
        )}
        {source.chain.length > 0 && (
          <section aria-labelledby="chain-heading" className="mt-6 rounded border border-amber-400 bg-amber-50 p-4">
            <h2 id="chain-heading" className="font-semibold">One report, not several: its reporting chain</h2>
            <ol className="mt-2 list-decimal pl-5">
              <li dir="auto">{source.title} ({source.publisher})</li>
              {source.chain.map((origin) => (
                <li key={origin.id}>
                  <a href={`/sources/${origin.id}`} className="text-blue-800 underline" dir="auto">{origin.title}</a> ({origin.publisher}, grade {origin.grade})
                </li>
              ))}
            </ol>
          </section>
        )}
        <h2 className="mt-8 text-xl font-semibold">Claims citing it</h2>
        {source.hasEarlierClaims && (
          <p className="mt-2 text-sm text-stone-700">
            The latest {source.claims.length} claims.{' '}
            <a href={`/search?q=${encodeURIComponent(searchTermFor(source.title))}`} className="text-blue-800 underline">
              Search for its title
            </a>{' '}
            to find the others: search has no filter by source, so it also finds other claims that use those words.
          </p>
        )}
        <ClaimList claims={source.claims} />
      </StaticMarkup>
    </>
  );
}
