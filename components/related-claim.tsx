import type { getPublishedClaim } from '@/lib/claims/get-published-claim';
import { formatDay } from '@/lib/format/dates';
import { resolutionLabel as resolutionText } from '@/lib/links/link-schema';

type PublishedLink = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>['links'][number];

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
        <a href={`/claims/${link.other.id}`} className="text-blue-800 underline hover:text-blue-950">
          {link.other.publishedVersion?.statement}
        </a>
        {link.other.status === 'RETRACTED' && <span className="ml-2 text-sm text-red-900">(that claim was retracted)</span>}
      </p>
      {link.retraction && (
        <p className="mt-1 text-sm font-medium text-red-900">
          This link was retracted on {formatDay(link.retraction.createdAt)}: <span dir="auto">{link.retraction.note}</span>
        </p>
      )}
      {link.note && <p className="mt-1 text-sm text-stone-700">{link.note}</p>}
      {link.kind === 'CONTRADICTS' && (
        <p className="mt-1 text-sm">
          <a href={`/contradictions/${link.id}`} className="text-blue-800 underline">
            See both side by side
          </a>
        </p>
      )}
      {link.kind === 'CONTRADICTS' && (
        <p className="mt-1 text-sm">
          <span className="font-medium">Resolution:</span> {resolutionFor(link.resolution, link.direction)}
          {link.resolutionNote && `. ${link.resolutionNote}`}
        </p>
      )}
    </li>
  );
}
