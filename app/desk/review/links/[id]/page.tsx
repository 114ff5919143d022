import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DecisionForm } from '@/components/desk/decision-form';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { ReviewHistory } from '@/components/desk/review-history';
import { SideBySide } from '@/components/desk/side-by-side';
import { requirePageActor } from '@/lib/auth/actor';
import { getDeskLink } from '@/lib/claims/desk-queries';
import { decideOnLinkAction } from '../../actions';

export const metadata: Metadata = { title: 'Review a link' };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewLinkPage({ params }: Props) {
  const { id } = await params;
  await requirePageActor('review:decide', `/desk/review/links/${id}`);
  const link = await getDeskLink(id);
  if (!link?.currentVersion || !link.claimA.currentVersion || !link.claimB.currentVersion) notFound();
  const inReview = link.status === 'IN_REVIEW';
  const retractable = link.publishedVersion && link.status !== 'RETRACTED';
  return (
    <>
      <p>
        <NoPrefetchLink href="/desk/review" className="text-blue-800 underline">Back to the queue</NoPrefetchLink>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Review a link</h1>
      <SideBySide link={link} />
      <ReviewHistory reviews={link.reviews} />
      <div className="mt-8 max-w-3xl space-y-6">
        {inReview && <DecisionForm action={decideOnLinkAction.bind(null, link.id)} version={link.version} decisions={['APPROVE', 'REQUEST_CHANGES', 'REJECT']} heading="Your decision" />}
        {retractable && <DecisionForm action={decideOnLinkAction.bind(null, link.id)} version={link.publishedVersion!.version} decisions={['RETRACT']} heading="Retract the public version" />}
      </div>
    </>
  );
}
