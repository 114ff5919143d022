import type { Metadata } from 'next';
import { EntityForm } from '@/components/desk/entity-form';
import { requirePageActor } from '@/lib/auth/actor';
import { createEntityAction } from '../actions';

export const metadata: Metadata = { title: 'Add an entity' };

export default async function NewEntityPage() {
  await requirePageActor('entity:write', '/desk/entities/new');
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Add an entity</h1>
      <EntityForm action={createEntityAction} submitLabel="Add entity" />
    </>
  );
}
