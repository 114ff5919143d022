import type { PageConfig } from 'next';
import { NotPublicPage } from '@/components/not-public';
import { PublicHead } from '@/components/public-head';
import { RelatedClaim, relatedKindLabel } from '@/components/related-claim';
import { StaticMarkup } from '@/components/static-markup';
import { getRelatedClaims } from '@/lib/claims/get-published-claim';
import { parseRelatedClaimsQuery, relatedClaimsPath, relatedClaimsPerPage } from '@/lib/claims/related-claims-address';
import { pageData, publicPage, routeParam, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';

export const config: PageConfig = { unstable_runtimeJS: false };

/** A page of them; an unknown kind, a page past the last and a claim that is not public are not found. */
export const getServerSideProps = publicPage(async (context) => {
  const query = parseRelatedClaimsQuery(context.query);
  if (!query) return null;
  const related = await getRelatedClaims(routeParam(context, 'id'), query.kind, query.page);
  return related && related.links.length > 0 ? related : null;
});

type Related = LoadedData<typeof getRelatedClaims>;

export default function RelatedClaimsPage(props: PublicPageProps) {
  const related = pageData<Related>(props);
  if (!related) return <NotPublicPage />;
  const label = relatedKindLabel[related.kind];
  const pageCount = Math.ceil(related.total / relatedClaimsPerPage);
  const first = (related.page - 1) * relatedClaimsPerPage + 1;
  return (
    <>
      {/* The claim's page is the one to keep; this is a longer view of part of it. */}
      <PublicHead
        title={`${label}: ${related.statement}`}
        description={`The ${related.total.toLocaleString('en')} published claims linked to this claim as “${label.toLowerCase()}”.`}
        path={relatedClaimsPath(related.id, related.kind, related.page)}
        noIndex
      />
      <StaticMarkup>
        <p className="text-sm text-stone-700">
          Related claims of{' '}
          <a href={`/claims/${related.id}`} className="text-blue-800 underline" dir="auto">
            {related.statement}
          </a>
          {related.status === 'RETRACTED' && <span className="ml-2 text-red-900">(this claim was retracted)</span>}
        </p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">
          {label}: {related.total.toLocaleString('en')} {related.total === 1 ? 'claim' : 'claims'}
        </h1>
        {pageCount > 1 && (
          <p className="mt-2 text-stone-700">
            {first.toLocaleString('en')} to {(first + related.links.length - 1).toLocaleString('en')}: the claim’s own links first, then those naming it, each in the order they were made.
          </p>
        )}
        <ul className="mt-6 space-y-3">
          {related.links.map((link) => (
            <RelatedClaim key={link.id} link={link} />
          ))}
        </ul>
        {pageCount > 1 && (
          <nav aria-label="Pages" className="mt-6 flex gap-4">
            {related.page > 1 && (
              <a href={relatedClaimsPath(related.id, related.kind, related.page - 1)} className="text-blue-800 underline">
                Previous {relatedClaimsPerPage}
              </a>
            )}
            <span>
              Page {related.page} of {pageCount}
            </span>
            {related.page < pageCount && (
              <a href={relatedClaimsPath(related.id, related.kind, related.page + 1)} className="text-blue-800 underline">
                Next {relatedClaimsPerPage}
              </a>
            )}
          </nav>
        )}
      </StaticMarkup>
    </>
  );
}
