import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { SourceGradeBadge } from '@/components/grade-badge';
import { formatDay } from '@/lib/format/dates';
import { listSourcesForReaders } from '@/lib/public-site/reference-pages';

export const metadata: Metadata = { title: 'Sources', description: 'The sources the published claims cite, with their reliability grades.' };

export default async function SourcesPage() {
  await connection();
  const sources = await listSourcesForReaders();
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
      <p className="mt-2">
        Every source a published claim cites, graded for reliability (<Link href="/key" className="text-blue-800 underline">what the grades mean</Link>).
      </p>
      <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {sources.map((source) => (
          <li key={source.id} className="p-3">
            <Link href={`/sources/${source.id}`} className="font-medium text-blue-800 underline" dir="auto">
              {source.title}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
              <span>{source.publisher}</span>
              {source.publishedAt && <span>{formatDay(source.publishedAt)}</span>}
              <SourceGradeBadge grade={source.grade} />
              {source.derivedFrom && <span dir="auto">reports {source.derivedFrom.title}</span>}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
