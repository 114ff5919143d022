import { credibilityLevel } from '@/lib/grading/admiralty';
import type { getPublishedClaim } from './get-published-claim';

type PublishedClaim = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** schema.org ClaimReview for a published claim, with what Google's fact-check markup asks for: the claim
 *  reviewed, a rating on a stated scale with its name, the claim as a Claim with its author and appearances,
 *  the review's author, date and address. Credibility is the Admiralty scale: 1 (confirmed) is best. */
export function claimReviewJsonLd(claim: PublishedClaim, origin: string) {
  const { version } = claim;
  const appearances = version.citations
    .map(({ source }) => source)
    .filter((source, index, all) => all.findIndex((other) => other.id === source.id) === index)
    .map((source) => ({
      '@type': 'CreativeWork',
      ...(source.url ? { url: source.url } : {}),
      headline: source.title,
      ...(source.publishedAt ? { datePublished: day(source.publishedAt) } : {}),
      author: { '@type': 'Organization', name: source.publisher },
    }));
  const firstAppearance = [...appearances].sort((a, b) => (a.datePublished ?? '9999').localeCompare(b.datePublished ?? '9999'))[0];
  const claimAuthor = version.claimant?.name ?? version.citations[0]?.attributedTo ?? version.citations[0]?.source.publisher ?? 'Unknown';
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: new URL(`/claims/${claim.id}`, origin).toString(),
    claimReviewed: version.statement,
    datePublished: day(claim.signOff?.createdAt ?? version.claimedAt),
    author: { '@type': 'Organization', name: 'Counterclaim', url: origin },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: version.credibility,
      bestRating: 1,
      worstRating: 6,
      alternateName: credibilityLevel(version.credibility)?.label ?? '',
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': version.claimant ? 'Organization' : 'Thing', name: claimAuthor },
      datePublished: day(version.claimedAt),
      appearance: appearances,
      ...(firstAppearance ? { firstAppearance } : {}),
    },
  };
}

/** JSON for a <script> element: "<" escaped so no text in it can close the element. */
export function scriptJson(value: unknown) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
