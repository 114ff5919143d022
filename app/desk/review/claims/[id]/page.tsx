import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimColumn } from '@/components/desk/claim-column';
import { DecisionForm } from '@/components/desk/decision-form';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { TextDiff } from '@/components/desk/text-diff';
import { requirePageActor } from '@/lib/auth/actor';
import { getClaimHistory, getDeskClaim } from '@/lib/claims/desk-queries';
import { suggestConflicts } from '@/lib/claims/suggest-conflicts';
import { diffVersions } from '@/lib/claims/version-diff';
import { linkKindIncomingLabel, linkKindLabel } from '@/lib/links/link-schema';
import { decideOnClaimAction } from '../../actions';

export const metadata: Metadata = { title: 'Review a claim' };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewClaimPage({ params }: Props) {
  const { id } = await params;
  await requirePageActor('review:decide', `/desk/review/claims/${id}`);
  const [claim, history] = await Promise.all([getDeskClaim(id), getClaimHistory(id)]);
  if (!claim || !history) notFound();
  const current = claim.current;
  const published = history.versions.find((version) => version.version === claim.publishedVersion?.version) ?? null;
  const diff = published && published.version !== current.version ? diffVersions(published, current) : null;
  const conflicts = await suggestConflicts({
    claimId: claim.id,
    statement: current.statement,
    subjectId: current.subject?.id,
    relation: current.relation?.key,
    objectId: current.object?.id,
    polarity: current.polarity ?? undefined,
    claimedAt: current.claimedAt,
    validFrom: current.validFrom ?? undefined,
    validTo: current.validTo ?? undefined,
  });
  const inReview = claim.status === 'IN_REVIEW';
  const retractable = claim.publishedVersion && claim.status !== 'RETRACTED';
  return (
    <>
      <p>
        <NoPrefetchLink href="/desk/review" className="text-blue-800 underline">Back to the queue</NoPrefetchLink>
      </p>
      <div className="mt-3">
        <ClaimColumn version={current} status={claim.status} author={claim.author.name} publishedVersion={claim.publishedVersion?.version ?? null} headingLevel={1} />
      </div>

      <section aria-labelledby="diff-heading" className="mt-8">
        <h2 id="diff-heading" className="text-xl font-semibold">Against the approved version</h2>
        {!published ? (
          <p className="mt-2">Never approved: everything above is new.</p>
        ) : !diff ? (
          <p className="mt-2">This is the approved version (version {published.version}).</p>
        ) : (
          <>
          <p className="mt-2 text-sm">Changes from the approved version {published.version} to version {current.version}:</p>
          <dl className="mt-2 space-y-2">
            {[...diff.fields.map((field) => ({ label: field.label, parts: field.parts })), ...diff.citations.map((citation) => ({ label: `${citation.label} ${citation.change}`, parts: citation.parts }))].map(
              (change, index) => (
                <div key={index}>
                  <dt className="font-medium">{change.label}</dt>
                  <dd><TextDiff parts={change.parts} /></dd>
                </div>
              ),
            )}
          </dl>
          </>
        )}
      </section>

      <section aria-labelledby="review-links" className="mt-8">
        <h2 id="review-links" className="text-xl font-semibold">Its links</h2>
        {claim.links.length === 0 ? (
          <p className="mt-2">None.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {claim.links.map((link) => (
              <li key={link.id}>
                {link.direction === 'outgoing' ? linkKindLabel[link.kind] : `is ${linkKindIncomingLabel[link.kind]}`}{' '}
                <NoPrefetchLink href={`/desk/links/${link.id}`} className="text-blue-800 underline" dir="auto">{link.other.currentVersion?.statement}</NoPrefetchLink> ({link.status.toLowerCase().replace('_', ' ')})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="review-conflicts" className="mt-8">
        <h2 id="review-conflicts" className="text-xl font-semibold">Conflicts the desk suggests</h2>
        {conflicts.length === 0 ? (
          <p className="mt-2">None.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {conflicts.map((conflict) => (
              <li key={conflict.claimId}>
                <NoPrefetchLink href={`/desk/claims/${conflict.claimId}`} className="text-blue-800 underline" dir="auto">{conflict.statement}</NoPrefetchLink>
                <span className="block text-sm text-stone-700">{conflict.explanation}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="mt-8 max-w-3xl space-y-6">
        {inReview && <DecisionForm action={decideOnClaimAction.bind(null, claim.id)} version={current.version} decisions={['APPROVE', 'REQUEST_CHANGES', 'REJECT']} heading="Your decision" />}
        {retractable && published && published.version !== current.version && (
          <section aria-label="The public version" className="rounded border border-stone-300 bg-stone-50 p-4">
            <p className="mb-2 font-medium">A retraction withdraws the public version, shown here:</p>
            <ClaimColumn version={published} status="APPROVED" author={claim.author.name} publishedVersion={published.version} headingLevel={3} />
          </section>
        )}
        {retractable && (
          <DecisionForm action={decideOnClaimAction.bind(null, claim.id)} version={claim.publishedVersion!.version} decisions={['RETRACT']} heading="Retract the public version" />
        )}
        {!inReview && !retractable && <p>Nothing to decide: this claim is {claim.status.toLowerCase().replace('_', ' ')}.</p>}
      </div>
    </>
  );
}
