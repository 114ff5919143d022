import type { Metadata } from 'next';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { PageNav } from '@/components/page-nav';
import { inputClass } from '@/components/forms/field';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { entityKindLabel } from '@/lib/entities/entity-schema';
import { listEntities } from '@/lib/entities/list-entities';
import type { QueryValue } from '@/lib/http/query-values';

export const metadata: Metadata = { title: 'Entities' };

type Props = { searchParams: Promise<Record<string, QueryValue>> };

export default async function EntitiesPage({ searchParams }: Props) {
  const actor = await requirePageActor('desk:read', '/desk/entities');
  const { entities, total, filter, pageCount } = await listEntities(await searchParams);
  const pageLink = (page: number) => `/desk/entities?${new URLSearchParams({ page: String(page) })}`;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-semibold">Entities</h1>
        {can(actor, 'entity:write') && (
          <NoPrefetchLink href="/desk/entities/new" className="rounded bg-stone-900 px-3 py-2 font-medium text-white">
            Add an entity
          </NoPrefetchLink>
        )}
      </div>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="q" className="block text-sm font-medium">Search names and aliases, in any spelling</label>
          <input id="q" name="q" defaultValue={filter.q ?? ''} className={inputClass} dir="auto" />
        </div>
        <button type="submit" className="rounded border border-stone-500 px-3 py-2 font-medium">Search</button>
      </form>
      <p className="mt-4 text-sm text-stone-700" role="status">
        {filter.q ? `${total} ${total === 1 ? 'match' : 'matches'}, best first` : `${total} ${total === 1 ? 'entity' : 'entities'}`}
      </p>
      <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {entities.map((entity) => (
          <li key={entity.id} className="p-3">
            <p>
              <NoPrefetchLink href={`/desk/entities/${entity.id}`} className="font-medium text-blue-800 underline" dir="auto">
                {entity.name}
              </NoPrefetchLink>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
              <span>{entityKindLabel[entity.kind]}</span>
              <span>{entity._count.aliases} {entity._count.aliases === 1 ? 'alias' : 'aliases'}</span>
              {entity.matchedAlias && entity.matchedAlias !== entity.name && (
                <span>
                  matched as <span dir="auto">{entity.matchedAlias}</span>
                </span>
              )}
            </p>
          </li>
        ))}
      </ul>
      <PageNav page={filter.page} pageCount={pageCount} href={pageLink} />
    </>
  );
}
