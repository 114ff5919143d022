import { CredibilityBadge } from '@/components/grade-badge';
import { RetractedBadge } from '@/components/retracted-badge';
import { formatDay } from '@/lib/format/dates';

type ClaimLine = { id: string; status: string; publishedVersion: { statement: string; claimedAt: Date; credibility: number } | null };

/** Published claims, one line each: the date it was claimed, the statement, its credibility. */
export function ClaimList({ claims, note }: { claims: ClaimLine[]; note?: (claim: ClaimLine) => React.ReactNode }) {
  if (claims.length === 0) return <p className="mt-2">No published claim yet.</p>;
  return (
    <ol className="mt-3 space-y-3">
      {claims.map((claim) =>
        claim.publishedVersion ? (
          <li key={claim.id} className="claim-line">
            <p className="text-sm text-stone-700">{formatDay(claim.publishedVersion.claimedAt)}</p>
            <p>
              <a href={`/claims/${claim.id}`} className="font-medium text-blue-800 underline" dir="auto">
                {claim.publishedVersion.statement}
              </a>
              {claim.status === 'RETRACTED' && <RetractedBadge />}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <CredibilityBadge credibility={claim.publishedVersion.credibility} />
              {note?.(claim)}
            </p>
          </li>
        ) : null,
      )}
    </ol>
  );
}
