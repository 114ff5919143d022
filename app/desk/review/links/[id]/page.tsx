import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimColumn } from '@/components/desk/claim-column';
import { DecisionForm } from '@/components/desk/decision-form';
import { StatusBadge } from '@/components/desk/status-badge';
import { requirePageActor } from '@/lib/auth/actor';
import { getDeskLink } from '@/lib/claims/desk-queries';
import { linkKindLabel, resolutionLabel } from '@/lib/links/link-schema';
import { decideOnLinkAction } from '../../actions';

export const metadata: Metadata = { title: 'Review a link' };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewLinkPage({ params }: Props) {
  const { id } = await params;
  await requirePageActor('review:decide', `/desk/review/links/${id}`);
  const link = await getDeskLink(id);
  if (!link?.currentVersion || !link.claimA.currentVersion || !link.claimB.currentVersion) notFound();
  const current = link.currentVersion;
  const inReview = link.status === 'IN_REVIEW';
  const retractable = link.publishedVersion && link.status !== 'RETRACTED';
  return (
    <>
      <p>
        <Link href="/desk/review" className="text-blue-800 underline">Back to the queue</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Review a link</h1>
      <section aria-label="The link" className="mt-4 rounded border border-stone-400 bg-white p-4">
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge status={link.status} />
          <span className="font-semibold">The left claim {linkKindLabel[link.kind]} the right one</span>
          <span className="text-sm text-stone-700">version {link.version}, by {current.editedBy.name}</span>
        </p>
        {current.note && <p className="mt-2" dir="auto">{current.note}</p>}
        <p className="mt-2">
          <span className="font-medium">Resolution:</span> {resolutionLabel[current.resolution]}
          {current.resolutionNote && <span dir="auto">. {current.resolutionNote}</span>}
        </p>
        <p className="mt-2 text-sm">It is public only while both claims have an approved version.</p>
      </section>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {([link.claimA, link.claimB] as const).map((claim, index) => (
          <section key={claim.id} aria-label={index === 0 ? 'Left claim' : 'Right claim'} className="rounded border border-stone-300 bg-stone-50 p-4">
            <ClaimColumn version={claim.currentVersion!} status={claim.status} author={claim.author.name} publishedVersion={claim.publishedVersion?.version ?? null} />
          </section>
        ))}
      </div>
      <div className="mt-8 max-w-3xl space-y-6">
        {inReview && <DecisionForm action={decideOnLinkAction.bind(null, link.id)} version={link.version} decisions={['APPROVE', 'REQUEST_CHANGES', 'REJECT']} heading="Your decision" />}
        {retractable && <DecisionForm action={decideOnLinkAction.bind(null, link.id)} version={link.publishedVersion!.version} decisions={['RETRACT']} heading="Retract the public version" />}
      </div>
    </>
  );
}
