import type { GetServerSidePropsContext, PageConfig } from 'next';
import { NotPublicPage } from '@/components/not-public';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead } from '@/components/public-head';
import { pageData, publicPage, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';
import { listTopicsForReaders } from '@/lib/public-site/reference-pages';

export const config: PageConfig = { unstable_runtimeJS: false };

// A page starts after a position in the list: ?after= from the previous page's link. Anything else is not a page.
async function load(context: GetServerSidePropsContext) {
  const after = context.query.after;
  if (after === undefined) return listTopicsForReaders(null);
  if (typeof after !== 'string') return null;
  const page = await listTopicsForReaders(after);
  return page?.topics.length ? page : null;
}
export const getServerSideProps = publicPage(load);

export default function TopicsPage(props: PublicPageProps) {
  const page = pageData<LoadedData<typeof load>>(props);
  if (!page) return <NotPublicPage />;
  const { topics, nextAfter } = page;
  return (
    <>
      <PublicHead title="Topics" description="The topics the published claims are filed under, each with its timeline of claims." path="/topics" />
      <StaticMarkup renderedFrom={page}>
        <h1 className="text-3xl font-semibold tracking-tight">Topics</h1>
        <p className="mt-2">Every topic a published claim is filed under, by title. Each has its timeline of claims and their contradictions.</p>
        {topics.length === 0 ? (
          <p className="mt-4">No published claim is filed under a topic yet.</p>
        ) : (
          <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
            {topics.map((topic) => (
              <li key={topic.slug} className="p-3">
                <a href={`/topics/${topic.slug}`} className="font-medium text-blue-800 underline" dir="auto">
                  {topic.title}
                </a>
                {topic.summary && (
                  <p className="mt-1 text-sm text-stone-700" dir="auto">
                    {topic.summary}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        {nextAfter && (
          <p className="mt-4">
            <a href={`/topics?after=${nextAfter}`} rel="next" className="text-blue-800 underline">
              Next topics
            </a>
          </p>
        )}
      </StaticMarkup>
    </>
  );
}
