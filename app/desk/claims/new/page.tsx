import type { Metadata } from 'next';
import { ClaimForm } from '@/components/desk/claim-form';
import { requirePageActor } from '@/lib/auth/actor';
import { listRelations, listTopics } from '@/lib/claims/desk-queries';
import { quickAddSourceAction, saveClaimAction } from '../actions';

export const metadata: Metadata = { title: 'New claim' };

export default async function NewClaimPage() {
  await requirePageActor('claim:write', '/desk/claims/new');
  const [topics, relations] = await Promise.all([listTopics(), listRelations()]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">New claim</h1>
      <ClaimForm
        action={saveClaimAction.bind(null, null)}
        quickAddSource={quickAddSourceAction}
        initial={{ credibility: '6' }}
        names={{}}
        topics={topics}
        relations={relations}
      />
    </>
  );
}
