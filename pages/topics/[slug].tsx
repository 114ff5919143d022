import type { PageConfig } from 'next';
import { ClaimList } from '@/components/claim-list';
import { getTopicForReaders } from '@/lib/public-site/reference-pages';
import { NotPublicPage } from '@/components/not-public';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead } from '@/components/public-head';
import { pageData, publicPage, routeParam, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';

export const config: PageConfig = { unstable_runtimeJS: false };

const load = (slug: string) => getTopicForReaders(slug);
export const getServerSideProps = publicPage((context) => load(routeParam(context, 'slug')));

export default function TopicPage(props: PublicPageProps) {
  const topic = pageData<LoadedData<typeof load>>(props);
  if (!topic) return <NotPublicPage />;
  const statementOf = new Map(topic.claims.map((claim) => [claim.id, claim.publishedVersion?.statement ?? '']));
  const contradicting = (claimId: string) => topic.contradictions.filter((link) => link.claimAId === claimId || link.claimBId === claimId);
  const entities = new Map<string, { name: string; claims: typeof topic.claims }>();
  for (const claim of topic.claims) {
    for (const entity of [claim.publishedVersion?.subject, claim.publishedVersion?.object]) {
      if (!entity) continue;
      const group = entities.get(entity.slug) ?? { name: entity.name, claims: [] };
      if (!group.claims.includes(claim)) group.claims.push(claim);
      entities.set(entity.slug, group);
    }
  }
  return (
    <>
      <PublicHead title={topic.title} description={topic.summary.slice(0, 200)} path={`/topics/${topic.slug}`} />
      <StaticMarkup as="article" renderedFrom={topic}>
        <h1 className="text-3xl font-semibold tracking-tight">{topic.title}</h1>
        <p className="mt-2 max-w-3xl" dir="auto">{topic.summary}</p>
        <h2 className="mt-8 text-xl font-semibold">Timeline</h2>
        {topic.hasEarlierClaims && (
          <p className="mt-2 text-sm text-stone-700">
            The latest {topic.claims.length} claims.{' '}
            <a href={`/search?topic=${encodeURIComponent(topic.slug)}`} className="text-blue-800 underline">
              Search this topic
            </a>{' '}
            for all of them.
          </p>
        )}
        <ClaimList
          claims={topic.claims}
          note={(claim) =>
            contradicting(claim.id).map((link) => (
              <a key={link.id} href={`/contradictions/${link.id}`} className="text-red-900 underline" dir="auto">
                contradicts “{statementOf.get(link.claimAId === claim.id ? link.claimBId : link.claimAId)}”
              </a>
            ))
          }
        />
        <h2 className="mt-8 text-xl font-semibold">By entity</h2>
        <ul className="mt-3 space-y-3">
          {[...entities.entries()].map(([slug, group]) => (
            <li key={slug}>
              <a href={`/entities/${slug}`} className="font-medium text-blue-800 underline" dir="auto">{group.name}</a>
              <ul className="list-disc pl-5">
                {group.claims.map((claim) => (
                  <li key={claim.id} dir="auto">{claim.publishedVersion?.statement}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </StaticMarkup>
    </>
  );
}
