import type { PageConfig } from 'next';
import { CredibilityBadge, SourceGradeBadge } from '@/components/grade-badge';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead, siteDescription } from '@/components/public-head';
import { RetractedBadge } from '@/components/retracted-badge';
import { latestContradictions } from '@/lib/claims/get-published-contradiction';
import { listPublishedClaims } from '@/lib/claims/list-published-claims';
import { formatDay } from '@/lib/format/dates';
import { pageData, publicPage, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { listTopicFilterForReaders } from '@/lib/public-site/reference-pages';

export const config: PageConfig = { unstable_runtimeJS: false };

/** How much the page lists: the 12 topics most filed under lately (/topics lists them all) and the 20 newest
 *  claims. From 64 K characters of text (128 KiB as V8 holds it once a character is beyond Latin-1, as a curly
 *  quote or an Arabic name is) V8 puts each copy of the page's text in its large-object space, which on this machine
 *  cost about 1 ms a copy: listing every topic (200 at 100,000 claims) and 50 claims, at 137 kB, the page cost Node
 *  7.8-9.1 ms a request; with 12 topics, at 102 kB, 2.5-3.5 ms, and 5.5-6.0 ms again once one title had a ’. */
const homeTopicCount = 12;
const homeClaimCount = 20;

/** The page's three lists as one cached value, so that StaticMarkup keeps the page's markup beside it until the
 *  published record changes, rather than rendering it for every visitor: rendered each time, the page cost Node
 *  10 ms a request (100,000 claims, then 137 kB of HTML). */
const load = cachedPublicRead('homePage', async () => {
  const [claims, contradictions, { topics, cut }] = await Promise.all([
    listPublishedClaims({ take: homeClaimCount }),
    latestContradictions(),
    listTopicFilterForReaders(homeTopicCount),
  ]);
  return { claims, contradictions, topics, topicsCut: cut };
});
export const getServerSideProps = publicPage(() => load());

export default function HomePage(props: PublicPageProps) {
  const data = pageData<LoadedData<typeof load>>(props)!;
  const { claims, contradictions, topics, topicsCut } = data;
  return (
    <>
      <PublicHead description={siteDescription} path="/" />
      <StaticMarkup renderedFrom={data}>
        <h1 className="text-3xl font-semibold tracking-tight">Who claims what, on what evidence</h1>
        <p className="mt-2 max-w-2xl text-stone-700">
          Counterclaim is a reviewed record of sourced, dated claims and of where they contradict each other. Every claim
          here was approved by a reviewer other than its author.
        </p>
        <form role="search" method="get" action="/search" className="mt-6 flex max-w-2xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            Search statements, quotes, sources and names
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            maxLength={200}
            dir="auto"
            placeholder="Search statements, quotes, sources and names"
            className="w-full rounded border border-stone-400 bg-white px-3 py-2"
          />
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            Search
          </button>
        </form>

        <h2 className="mt-8 text-xl font-semibold">Topics</h2>
        {topicsCut && <p className="mt-1 text-sm text-stone-700">The topics most filed under lately.</p>}
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.slug} className="rounded border border-stone-300 bg-white p-3">
              <a href={`/topics/${topic.slug}`} className="font-medium text-blue-800 underline" dir="auto">
                {topic.title}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          <a href="/topics" className="text-blue-800 underline">
            All topics
          </a>
        </p>

        <h2 className="mt-8 text-xl font-semibold">Latest contradictions</h2>
        {contradictions.length === 0 ? (
          <p className="mt-2">No contradiction has been approved yet.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {contradictions.map((contradiction) => (
              <li key={contradiction.id}>
                <a href={`/contradictions/${contradiction.id}`} className="text-blue-800 underline hover:text-blue-950">
                  <span dir="auto">{contradiction.claimA.publishedVersion?.statement}</span> <span className="text-stone-600">versus</span>{' '}
                  <span dir="auto">{contradiction.claimB.publishedVersion?.statement}</span>
                </a>
                {contradiction.status === 'RETRACTED' && <RetractedBadge />}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <a href="/key" className="text-blue-800 underline">
            What the grades mean
          </a>
        </p>

        <h2 className="mt-8 text-xl font-semibold">Approved claims</h2>
        {claims.length === 0 ? (
          <p className="mt-2">No claim has been approved yet.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {claims.map(({ id, status, publishedVersion: version }) =>
              version ? (
                <li key={id} className="rounded border border-stone-300 bg-white p-4">
                  <p className="text-lg font-medium">
                    <a href={`/claims/${id}`} className="text-blue-800 underline hover:text-blue-950">
                      {version.statement}
                    </a>
                    {status === 'RETRACTED' && <RetractedBadge />}
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
                    <span>Claimed {formatDay(version.claimedAt)}</span>
                    <CredibilityBadge credibility={version.credibility} />
                  </p>
                  <ul className="mt-2 space-y-1 text-sm" aria-label="Sources">
                    {distinctSources(version.citations).map((source) => (
                      <li key={source.id} className="flex flex-wrap items-center gap-2">
                        <span>
                          {source.title}, {source.publisher}
                        </span>
                        <SourceGradeBadge grade={source.grade} />
                      </li>
                    ))}
                  </ul>
                </li>
              ) : null,
            )}
          </ul>
        )}
      </StaticMarkup>
    </>
  );
}

/** A claim often quotes one article several times; the list names each source once. */
function distinctSources<T extends { source: { id: string } }>(citations: T[]): T['source'][] {
  return [...new Map(citations.map(({ source }) => [source.id, source])).values()];
}
