import { CitationCard } from '@/components/citation-card';
import { CredibilityBadge } from '@/components/grade-badge';
import { StructuredClaim } from '@/components/structured-claim';
import type { DeskVersion } from '@/lib/claims/desk-queries';
import { formatDay } from '@/lib/format/dates';
import { StatusBadge } from './status-badge';

/** A claim's current version as the desk shows it: drafts are marked as drafts. */
export function ClaimColumn({
  version,
  status,
  author,
  publishedVersion,
  headingLevel = 2,
}: {
  version: DeskVersion;
  status: string;
  author: string;
  publishedVersion: number | null;
  headingLevel?: 1 | 2 | 3;
}) {
  const Heading = (['h1', 'h2', 'h3'] as const)[headingLevel - 1];
  return (
    <article className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={status} />
        <span>
          version {version.version}
          {publishedVersion !== null && publishedVersion !== version.version && ` (the public sees version ${publishedVersion})`}
        </span>
      </p>
      <Heading className="text-xl font-semibold" dir="auto">
        {version.statement}
      </Heading>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">Asserted by</dt>
        <dd dir="auto">{version.claimant?.name ?? 'not recorded as an entity (see the citations)'}</dd>
        <dt className="font-medium">When</dt>
        <dd>
          {formatDay(version.claimedAt)}
          {(version.validFrom || version.validTo) && `, about ${formatDay(version.validFrom) || '…'} to ${formatDay(version.validTo) || '…'}`}
        </dd>
        {version.subject && version.relation && version.object && (
          <>
            <dt className="font-medium">Structured</dt>
            <dd>
              <StructuredClaim subject={version.subject} relation={version.relation} object={version.object} polarity={version.polarity} />
            </dd>
          </>
        )}
        <dt className="font-medium">Credibility</dt>
        <dd>
          <CredibilityBadge credibility={version.credibility} /> <span dir="auto">{version.credibilityNote}</span>
        </dd>
        <dt className="font-medium">Recorded by</dt>
        <dd>
          {author}; this version by {version.editedBy.name} on {formatDay(version.createdAt)}
        </dd>
      </dl>
      <div className="space-y-3">
        {version.citations.length === 0 ? <p className="text-sm text-red-800">No citation yet.</p> : version.citations.map((citation) => <CitationCard key={citation.id} citation={citation} />)}
      </div>
    </article>
  );
}
