import type { Metadata } from 'next';
import { SourceForm } from '@/components/desk/source-form';
import { requirePageActor } from '@/lib/auth/actor';
import { createSourceAction } from '../actions';

export const metadata: Metadata = { title: 'Add a source' };

export default async function NewSourcePage() {
  await requirePageActor('source:write', '/desk/sources/new');
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Add a source</h1>
      <SourceForm action={createSourceAction} submitLabel="Add source" />
    </>
  );
}
