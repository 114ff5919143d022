import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubmitForReview } from '@/components/desk/claim-actions';
import { LinkForm } from '@/components/desk/link-form';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { ReviewHistory } from '@/components/desk/review-history';
import { SideBySide } from '@/components/desk/side-by-side';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { getDeskLink } from '@/lib/claims/desk-queries';
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
      <SideBySide
        link={link}
        footer={(claimId) => (
          <p className="mt-3">
            <NoPrefetchLink href={`/desk/claims/${claimId}`} className="text-blue-800 underline">Open this claim</NoPrefetchLink>
          </p>
        )}
      />
      <ReviewHistory reviews={link.reviews} />
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
