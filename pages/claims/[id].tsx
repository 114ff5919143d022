import type { PageConfig } from 'next';
import { CitationCard } from '@/components/citation-card';
import { CredibilityBadge } from '@/components/grade-badge';
import { StructuredClaim } from '@/components/structured-claim';
import { MoreRelatedClaims, RelatedClaim } from '@/components/related-claim';
import { getPublishedClaim } from '@/lib/claims/get-published-claim';
import { formatDay } from '@/lib/format/dates';
import { claimReviewJsonLd, scriptJson } from '@/lib/claims/claim-review-json-ld';
import { credibilityLevel } from '@/lib/grading/admiralty';
import { publicOrigin } from '@/lib/runtime/public-origin';
import { NotPublicPage } from '@/components/not-public';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead } from '@/components/public-head';
import { pageData, publicPage, routeParam, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';

export const config: PageConfig = { unstable_runtimeJS: false };

const load = (id: string) => getPublishedClaim(id);
export const getServerSideProps = publicPage((context) => load(routeParam(context, 'id')));

export default function ClaimPage(props: PublicPageProps) {
  const claim = pageData<LoadedData<typeof load>>(props);
  if (!claim) return <NotPublicPage />;
  const { version } = claim;
  return (
    <>
      <PublicHead title={claim.version.statement} description={`A sourced claim, asserted ${formatDay(claim.version.claimedAt)}; credibility ${claim.version.credibility} (${credibilityLevel(claim.version.credibility)?.label}).`} path={`/claims/${claim.id}`} type="article" />
      <StaticMarkup as="article">
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(claimReviewJsonLd(claim, publicOrigin())) }} />
        {claim.retraction && (
          <div role="note" className="mb-6 rounded border border-red-400 bg-red-50 p-4 text-red-950">
            <p className="font-semibold">Retracted on {formatDay(claim.retraction.createdAt)}</p>
            <p>{claim.retraction.note}</p>
          </div>
        )}
        <h1 className="text-3xl font-semibold tracking-tight">{version.statement}</h1>
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          {version.claimant && (
            <>
              <dt className="font-medium">Claimed by</dt>
              <dd>{version.claimant.name}</dd>
            </>
          )}
          <dt className="font-medium">Claimed on</dt>
          <dd>{formatDay(version.claimedAt)}</dd>
          {(version.validFrom || version.validTo) && (
            <>
              <dt className="font-medium">About the period</dt>
              <dd>
                {formatDay(version.validFrom) || '…'} to {formatDay(version.validTo) || '…'}
              </dd>
            </>
          )}
          {version.subject && version.relation && version.object && (
            <>
              <dt className="font-medium">In structured form</dt>
              <dd>
                <StructuredClaim subject={version.subject} relation={version.relation} object={version.object} polarity={version.polarity} />
              </dd>
            </>
          )}
          <dt className="font-medium">Credibility</dt>
          <dd className="space-y-1">
            <p className="flex flex-wrap items-center gap-2">
              <CredibilityBadge credibility={version.credibility} />
              <span className="text-stone-700">{credibilityLevel(version.credibility)?.meaning}</span>
            </p>
            {version.credibilityNote && <p>{version.credibilityNote}</p>}
          </dd>
          {claim.signOff && (
            <>
              <dt className="font-medium">Approved</dt>
              <dd>
                by {claim.signOff.reviewer.name} on {formatDay(claim.signOff.createdAt)}
              </dd>
            </>
          )}
          {version.topics.length > 0 && (
            <>
              <dt className="font-medium">Topics</dt>
              <dd>
                {version.topics.map(({ topic }, index) => (
                  <span key={topic.slug}>
                    {index > 0 && ', '}
                    <a href={`/topics/${topic.slug}`} className="text-blue-800 underline">{topic.title}</a>
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>

        <h2 className="mt-8 text-xl font-semibold">Evidence</h2>
        <div className="mt-3 space-y-4">
          {version.citations.map((citation) => (
            <CitationCard key={citation.id} citation={citation} />
          ))}
        </div>

        {claim.links.length > 0 && (
          <>
            <h2 className="mt-8 text-xl font-semibold">Related claims</h2>
            <ul className="mt-3 space-y-3">
              {claim.links.map((link) => (
                <RelatedClaim key={link.id} link={link} />
              ))}
            </ul>
            <MoreRelatedClaims claimId={claim.id} counts={claim.linkCounts} />
          </>
        )}
      </StaticMarkup>
    </>
  );
}
