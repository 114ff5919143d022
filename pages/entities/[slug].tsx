import type { PageConfig } from 'next';
import { ClaimList } from '@/components/claim-list';
import { formatDay } from '@/lib/format/dates';
import { getEntityForReaders } from '@/lib/public-site/reference-pages';
import { NotPublicPage } from '@/components/not-public';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead } from '@/components/public-head';
import { pageData, publicPage, routeParam, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';

export const config: PageConfig = { unstable_runtimeJS: false };

const load = (slug: string) => getEntityForReaders(slug);
export const getServerSideProps = publicPage((context) => load(routeParam(context, 'slug')));

export default function EntityPage(props: PublicPageProps) {
  const entity = pageData<LoadedData<typeof load>>(props);
  if (!entity) return <NotPublicPage />;
  return (
    <>
      <PublicHead title={entity.name} description={`Published claims about or by ${entity.name}, and the names it goes by.`} path={`/entities/${entity.slug}`} />
      <StaticMarkup as="article" renderedFrom={entity}>
        <h1 className="text-3xl font-semibold tracking-tight" dir="auto">{entity.name}</h1>
        {entity.description && <p className="mt-2 max-w-3xl" dir="auto">{entity.description}</p>}
        <h2 className="mt-6 text-xl font-semibold">Also written as</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {entity.aliases.map((alias) => (
            <li key={alias.alias} className="rounded border border-stone-300 bg-white px-2 py-0.5" dir="auto">
              {alias.alias}
              {(alias.validFrom || alias.validTo) && (
                <span className="text-sm text-stone-600"> ({formatDay(alias.validFrom) || '…'} to {formatDay(alias.validTo) || '…'})</span>
              )}
            </li>
          ))}
        </ul>
        <h2 className="mt-8 text-xl font-semibold">Claims about or by {entity.name}</h2>
        {entity.hasEarlierClaims && (
          <p className="mt-2 text-sm text-stone-700">
            The latest {entity.claims.length} claims.{' '}
            <a href={`/search?entity=${encodeURIComponent(entity.slug)}`} className="text-blue-800 underline">
              Search the claims about or by {entity.name}
            </a>{' '}
            for all of them.
          </p>
        )}
        <ClaimList claims={entity.claims} />
      </StaticMarkup>
    </>
  );
}
