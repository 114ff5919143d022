import type { Metadata } from 'next';
import { EntityForm } from '@/components/desk/entity-form';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { createEntityAction } from '../actions';

export const metadata: Metadata = { title: 'Add an entity' };

export default async function NewEntityPage() {
  const actor = await requirePageActor('desk:read', '/desk/entities/new');
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Add an entity</h1>
      {can(actor, 'entity:write') ? (
        <EntityForm action={createEntityAction} submitLabel="Add entity" />
      ) : (
        <p>Reviewers read entities here; editors add them.</p>
      )}
    </>
  );
}
