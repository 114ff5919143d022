import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LinkClaimForm, SubmitForReview } from '@/components/desk/claim-actions';
import { ClaimColumn } from '@/components/desk/claim-column';
import { ClaimForm } from '@/components/desk/claim-form';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { ReviewHistory } from '@/components/desk/review-history';
import { StatusBadge } from '@/components/desk/status-badge';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { claimFormInitial } from '@/lib/claims/claim-form-initial';
import { getDeskClaim, listRelations, listTopics } from '@/lib/claims/desk-queries';
import { formatDay } from '@/lib/format/dates';
import { linkKindIncomingLabel, linkKindLabel } from '@/lib/links/link-schema';
import { linkClaimAction, quickAddSourceAction, saveClaimAction, submitClaimAction } from '../actions';

export const metadata: Metadata = { title: 'Claim' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function DeskClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('desk:read', `/desk/claims/${id}`);
  const [claim, topics, relations, notice] = await Promise.all([getDeskClaim(id), listTopics(), listRelations(), searchParams]);
  if (!claim) notFound();
  const writable = can(actor, 'claim:write') && claim.status !== 'RETRACTED';
  const form = claimFormInitial(claim.current);
  const decision = claim.lastDecision;
  return (
    <>
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <StatusBadge status={claim.status} />
        <NoPrefetchLink href={`/desk/claims/${claim.id}/history`} className="text-blue-800 underline">
          History of {claim.version} {claim.version === 1 ? 'version' : 'versions'}
        </NoPrefetchLink>
        {claim.publishedVersion && (
          // A plain link: the public pages are the Pages Router's. The App Router's navigation would first ask the
          // server for this one as a server-component payload, be sent its HTML, and then load the document anyway.
          <a href={`/claims/${claim.id}`} className="text-blue-800 underline">
            Public page (version {claim.publishedVersion.version})
          </a>
        )}
        {can(actor, 'review:decide') && (claim.status === 'IN_REVIEW' || claim.publishedVersion) && (
          <NoPrefetchLink href={`/desk/review/claims/${claim.id}`} className="font-medium text-blue-800 underline">
            Review this claim
          </NoPrefetchLink>
        )}
      </p>
      {notice.saved && <p role="status" className="mt-3 rounded border border-green-600 bg-green-50 p-3">Saved as version {claim.version}.</p>}
      {notice.submitted && <p role="status" className="mt-3 rounded border border-green-600 bg-green-50 p-3">Version {claim.version} is in review.</p>}
      {decision && decision.decision !== 'APPROVE' && (
        <section aria-label="Reviewer’s note" className="mt-3 rounded border border-amber-500 bg-amber-50 p-3">
          <p className="font-medium">
            {decision.decision === 'REQUEST_CHANGES' ? 'Changes requested' : decision.decision === 'REJECT' ? 'Rejected' : 'Retracted'} by {decision.reviewer.name} on{' '}
            {formatDay(decision.createdAt)} (version {decision.version})
          </p>
          <p dir="auto">{decision.note}</p>
        </section>
      )}
      <div className="mt-4">
        <ClaimColumn version={claim.current} status={claim.status} author={claim.author.name} publishedVersion={claim.publishedVersion?.version ?? null} headingLevel={1} />
      </div>
      {writable && (claim.status === 'DRAFT' || claim.status === 'CHANGES_REQUESTED') && (
        <div className="mt-4">
          <SubmitForReview action={submitClaimAction.bind(null, claim.id, claim.version)} />
        </div>
      )}

      <ReviewHistory reviews={claim.reviews} />

      <section aria-labelledby="links-heading" className="mt-8">
        <h2 id="links-heading" className="text-xl font-semibold">Links to other claims</h2>
        {claim.links.length === 0 ? (
          <p className="mt-2 text-stone-700">None yet.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {claim.links.map((link) => (
              <li key={link.id} className="flex flex-wrap items-center gap-2">
                <StatusBadge status={link.status} />
                <span>{link.direction === 'outgoing' ? `This claim ${linkKindLabel[link.kind]}` : `This claim is ${linkKindIncomingLabel[link.kind]}`}</span>
                <NoPrefetchLink href={`/desk/links/${link.id}`} className="text-blue-800 underline" dir="auto">
                  {link.other.currentVersion?.statement}
                </NoPrefetchLink>
              </li>
            ))}
          </ul>
        )}
        {can(actor, 'link:write') && (
          <details className="mt-4">
            <summary className="cursor-pointer font-medium">Link another claim</summary>
            <div className="mt-2">
              <LinkClaimForm action={linkClaimAction.bind(null, claim.id)} claimId={claim.id} />
            </div>
          </details>
        )}
      </section>

      {writable && (
        <section aria-labelledby="edit-heading" className="mt-8">
          <h2 id="edit-heading" className="mb-3 text-xl font-semibold">Edit</h2>
          {claim.status === 'APPROVED' && (
            <p className="mb-3 text-sm">Saving makes a new draft version; the public keeps seeing the approved version until a reviewer approves the new one.</p>
          )}
          {claim.status === 'IN_REVIEW' && (
            <p className="mb-3 text-sm">This version is in review. Saving a change takes the claim out of review as a new draft; submit it again when it is ready.</p>
          )}
          <ClaimForm
            action={saveClaimAction.bind(null, claim.id)}
            quickAddSource={quickAddSourceAction}
            initial={form.initial}
            names={form.names}
            topics={topics}
            relations={relations}
            claimId={claim.id}
            version={claim.version}
          />
        </section>
      )}
    </>
  );
}
