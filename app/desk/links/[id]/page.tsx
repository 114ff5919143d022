import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SubmitForReview } from '@/components/desk/claim-actions';
import { ClaimColumn } from '@/components/desk/claim-column';
import { LinkForm } from '@/components/desk/link-form';
import { StatusBadge } from '@/components/desk/status-badge';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { getDeskLink } from '@/lib/claims/desk-queries';
import { formatDay } from '@/lib/format/dates';
import { linkKindLabel, resolutionLabel } from '@/lib/links/link-schema';
import { decisionLabel } from '@/lib/reviews/review-schema';
import { submitLinkAction, updateLinkAction } from '../actions';

export const metadata: Metadata = { title: 'Side by side' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function SideBySidePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('desk:read', `/desk/links/${id}`);
  const [link, notice] = await Promise.all([getDeskLink(id), searchParams]);
  if (!link?.currentVersion || !link.claimA.currentVersion || !link.claimB.currentVersion) notFound();
  const current = link.currentVersion;
  const writable = can(actor, 'link:write') && link.status !== 'RETRACTED';
  return (
    <>
      <h1 className="text-2xl font-semibold">Side by side</h1>
      {notice.created && <p role="status" className="mt-3 rounded border border-green-600 bg-green-50 p-3">Linked.</p>}
      {notice.saved && <p role="status" className="mt-3 rounded border border-green-600 bg-green-50 p-3">Saved as version {link.version}.</p>}
      {notice.submitted && <p role="status" className="mt-3 rounded border border-green-600 bg-green-50 p-3">Submitted for review.</p>}
      <section aria-label="The link" className="mt-4 rounded border border-stone-400 bg-white p-4">
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge status={link.status} />
          <span className="font-semibold">
            The left claim {linkKindLabel[link.kind]} the right one
          </span>
          <span className="text-sm text-stone-700">
            version {link.version}, linked by {link.createdBy.name}
          </span>
        </p>
        {current.note && <p className="mt-2" dir="auto">{current.note}</p>}
        <p className="mt-2">
          <span className="font-medium">Resolution:</span> {resolutionLabel[current.resolution]}
          {current.resolutionNote && <span dir="auto">. {current.resolutionNote}</span>}
        </p>
      </section>
      <section aria-labelledby="link-reviews" className="mt-4">
        <h2 id="link-reviews" className="text-lg font-semibold">Review history</h2>
        {link.reviews.length === 0 ? (
          <p className="text-stone-700">No decision yet.</p>
        ) : (
          <ol className="mt-1 space-y-1">
            {link.reviews.map((review) => (
              <li key={review.id}>
                {review.reviewer.name}: {decisionLabel[review.decision].toLowerCase()} version {review.version} on {formatDay(review.createdAt)}
                {review.note && <span dir="auto">. “{review.note}”</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {([link.claimA, link.claimB] as const).map((claim, index) => (
          <section key={claim.id} aria-label={index === 0 ? 'Left claim' : 'Right claim'} className="rounded border border-stone-300 bg-stone-50 p-4">
            <ClaimColumn version={claim.currentVersion!} status={claim.status} author={claim.author.name} publishedVersion={claim.publishedVersion?.version ?? null} />
            <p className="mt-3">
              <Link href={`/desk/claims/${claim.id}`} className="text-blue-800 underline">Open this claim</Link>
            </p>
          </section>
        ))}
      </div>
      {writable && (
        <section aria-labelledby="edit-link" className="mt-8 max-w-3xl space-y-4">
          <h2 id="edit-link" className="text-xl font-semibold">Note and resolution</h2>
          <LinkForm
            action={updateLinkAction.bind(null, link.id)}
            initial={{ version: String(link.version), note: current.note, resolution: current.resolution, resolutionNote: current.resolutionNote }}
          />
          {(link.status === 'DRAFT' || link.status === 'CHANGES_REQUESTED') && <SubmitForReview action={submitLinkAction.bind(null, link.id, link.version)} />}
        </section>
      )}
    </>
  );
}
