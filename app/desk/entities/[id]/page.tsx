import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityForm } from '@/components/desk/entity-form';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { entityKindLabel } from '@/lib/entities/entity-schema';
import { getDeskEntity } from '@/lib/entities/list-entities';
import { formatDay } from '@/lib/format/dates';
import { dayString } from '@/lib/validation/fields';
import { updateEntityAction } from '../actions';

export const metadata: Metadata = { title: 'Entity' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EntityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('desk:read', `/desk/entities/${id}`);
  const entity = await getDeskEntity(id);
  if (!entity) notFound();
  const initial = {
    version: String(entity.version),
    name: entity.name,
    slug: entity.slug,
    kind: entity.kind,
    description: entity.description,
    aliases: entity.aliases.map((alias) => ({
      alias: alias.alias,
      validFrom: dayString(alias.validFrom),
      validTo: dayString(alias.validTo),
      note: alias.note ?? '',
    })),
  };
  return (
    <>
      <h1 className="text-2xl font-semibold" dir="auto">{entity.name}</h1>
      <p className="mt-1 text-sm text-stone-700">
        {entityKindLabel[entity.kind]}, version {entity.version}, added by {entity.createdBy.name}.
      </p>
      {(await searchParams).saved && (
        <p role="status" className="mt-3 rounded border border-green-600 bg-green-50 p-3">Saved.</p>
      )}
      <div className="mt-6">
        {can(actor, 'entity:write') ? (
          <EntityForm action={updateEntityAction.bind(null, entity.id)} initial={initial} submitLabel="Save entity" />
        ) : (
          <>
            {entity.description && <p className="mb-4" dir="auto">{entity.description}</p>}
            <h2 className="font-semibold">Aliases</h2>
            <ul className="mt-2 list-disc pl-6">
              {entity.aliases.map((alias) => (
                <li key={alias.alias}>
                  <span dir="auto">{alias.alias}</span>
                  {(alias.validFrom || alias.validTo) && (
                    <span className="text-sm text-stone-700">
                      {' '}({alias.validFrom ? `from ${formatDay(alias.validFrom)}` : ''}
                      {alias.validFrom && alias.validTo ? ' ' : ''}
                      {alias.validTo ? `until ${formatDay(alias.validTo)}` : ''})
                    </span>
                  )}
                  {alias.note && <span className="text-sm text-stone-700" dir="auto"> · {alias.note}</span>}
                </li>
              ))}
            </ul>
            <p className="mt-4">Reviewers read entities here; editors change them.</p>
          </>
        )}
      </div>
    </>
  );
}
