import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ClaimList } from '@/components/claim-list';
import { formatDay } from '@/lib/format/dates';
import { getEntityForReaders } from '@/lib/public-site/reference-pages';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = await getEntityForReaders((await params).slug);
  return entity ? { title: entity.name, description: `Published claims about or by ${entity.name}, and the names it goes by.` } : {};
}

export default async function EntityPage({ params }: Props) {
  // Rendered per request from the cached record: the cache, not the page, decides when a decision shows.
  await connection();
  const entity = await getEntityForReaders((await params).slug);
  if (!entity) notFound();
  return (
    <article>
      <h1 className="text-3xl font-semibold tracking-tight" dir="auto">{entity.name}</h1>
      {entity.description && <p className="mt-2 max-w-3xl" dir="auto">{entity.description}</p>}
      <h2 className="mt-6 text-xl font-semibold">Also written as</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {entity.aliases.map((alias) => (
          <li key={alias.alias} className="rounded border border-stone-300 bg-white px-2 py-0.5" dir="auto">
            {alias.alias}
            {(alias.validFrom || alias.validTo) && (
              <span className="text-sm text-stone-600"> ({formatDay(alias.validFrom) || '…'} to {formatDay(alias.validTo) || '…'})</span>
            )}
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">Claims about or by {entity.name}</h2>
      <ClaimList claims={entity.claims} />
    </article>
  );
}
