import type { LinkCounts, PublishedLink } from '@/lib/claims/get-published-claim';
import { relatedClaimsPath, relatedClaimsShown } from '@/lib/claims/related-claims-address';
import { formatDay } from '@/lib/format/dates';
import { resolutionLabel as resolutionText } from '@/lib/links/link-schema';

const linkKindLabel = { CONTRADICTS: 'Contradicts', SUPPORTS: 'Supports', SUPERSEDES: 'Supersedes', QUALIFIES: 'Qualifies' } as const;
const linkKindLabelIncoming = {
  CONTRADICTS: 'Contradicted by',
  SUPPORTS: 'Supported by',
  SUPERSEDES: 'Superseded by',
  QUALIFIES: 'Qualified by',
} as const;

/** A kind of link seen from either end, for a list of one kind. */
export const relatedKindLabel = {
  CONTRADICTS: 'Contradicts or is contradicted by',
  SUPPORTS: 'Supports or is supported by',
  SUPERSEDES: 'Supersedes or is superseded by',
  QUALIFIES: 'Qualifies or is qualified by',
} as const;

/** A link names its claims A and B; on a claim's page the reader knows them as "this claim" and "the other". */
function resolutionFor(resolution: PublishedLink['resolution'], direction: PublishedLink['direction']) {
  const thisHolds = direction === 'outgoing' ? 'A_HOLDS' : 'B_HOLDS';
  if (resolution === 'A_HOLDS' || resolution === 'B_HOLDS') return resolution === thisHolds ? 'This claim holds' : 'The other claim holds';
  return resolutionText[resolution];
}

/** One published link of a claim, seen from that claim: its kind, the claim at the other end, and the link's note,
 *  resolution and retraction. */
export function RelatedClaim({ link }: { link: PublishedLink }) {
  return (
    <li className="claim-line">
      <p>
        <span className="font-medium">{(link.direction === 'outgoing' ? linkKindLabel : linkKindLabelIncoming)[link.kind]}:</span>{' '}
        <a href={`/claims/${link.other.id}`} className="text-blue-800 underline hover:text-blue-950" dir="auto">
          {link.other.publishedVersion?.statement}
        </a>
        {link.other.status === 'RETRACTED' && <span className="ml-2 text-sm text-red-900">(that claim was retracted)</span>}
      </p>
      {link.retraction && (
        <p className="mt-1 text-sm font-medium text-red-900">
          This link was retracted on {formatDay(link.retraction.createdAt)}: <span dir="auto">{link.retraction.note}</span>
        </p>
      )}
      {link.note && (
        <p className="mt-1 text-sm text-stone-700" dir="auto">
          {link.note}
        </p>
      )}
      {link.kind === 'CONTRADICTS' && (
        <>
          <p className="mt-1 text-sm">
            <a href={`/contradictions/${link.id}`} className="text-blue-800 underline">
              See both side by side
            </a>
          </p>
          <p className="mt-1 text-sm">
            <span className="font-medium">Resolution:</span> {resolutionFor(link.resolution, link.direction)}
            {link.resolutionNote && (
              <>
                . <span dir="auto">{link.resolutionNote}</span>
              </>
            )}
          </p>
        </>
      )}
    </li>
  );
}

/** Where a kind has more related claims than the page shows, the way to all of them. */
export function MoreRelatedClaims({ claimId, counts }: { claimId: string; counts: LinkCounts }) {
  const more = (Object.keys(relatedKindLabel) as (keyof typeof relatedKindLabel)[]).filter((kind) => (counts[kind] ?? 0) > relatedClaimsShown);
  if (more.length === 0) return null;
  return (
    <p className="mt-4 text-sm">
      The first {relatedClaimsShown} of each kind are shown. All of them:{' '}
      {more.map((kind, index) => (
        <span key={kind}>
          {index > 0 && '; '}
          <a href={relatedClaimsPath(claimId, kind)} className="text-blue-800 underline">
            {relatedKindLabel[kind].toLowerCase()} ({counts[kind]?.toLocaleString('en')})
          </a>
        </span>
      ))}
      .
    </p>
  );
}
