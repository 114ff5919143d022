import { CitationCard } from '@/components/citation-card';
import { CredibilityBadge } from '@/components/grade-badge';
import { formatDay } from '@/lib/format/dates';
import type { PublicClaim } from '@/lib/public-api/to-claim-json';

/** One side of a contradiction, as approved: who claims what, when, on what evidence, how reliable. */
export function PublicClaimColumn({ claim, side }: { claim: PublicClaim; side: string }) {
  const { version } = claim;
  return (
    <article aria-labelledby={`claim-${claim.id}`} className="space-y-3 rounded border border-stone-300 bg-white p-4 print:break-inside-avoid">
      <p className="text-sm font-medium uppercase tracking-wide text-stone-600">{side}</p>
      {claim.retraction && (
        <p className="rounded bg-red-50 p-2 text-sm text-red-950">
          Retracted on {formatDay(claim.retraction.createdAt)}: <span dir="auto">{claim.retraction.note}</span>
        </p>
      )}
      <h2 id={`claim-${claim.id}`} className="text-xl font-semibold" dir="auto">
        <a href={`/claims/${claim.id}`} className="hover:underline">
          {version.statement}
        </a>
      </h2>
      <p className="text-sm">
        {version.claimant ? <>Claimed by <span dir="auto">{version.claimant.name}</span> on </> : 'Claimed on '}
        {formatDay(version.claimedAt)}
      </p>
      <div className="text-sm">
        <CredibilityBadge credibility={version.credibility} /> {version.credibilityNote && <span dir="auto">{version.credibilityNote}</span>}
      </div>
      {version.citations.map((citation) => (
        <CitationCard key={citation.id} citation={citation} />
      ))}
      {claim.signOff && (
        <p className="text-sm text-stone-700">
          Approved by {claim.signOff.reviewer.name} on {formatDay(claim.signOff.createdAt)}
        </p>
      )}
    </article>
  );
}
