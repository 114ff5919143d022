import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { SourceForm } from '@/components/desk/source-form';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { getDeskSource } from '@/lib/sources/list-sources';
import { dayString } from '@/lib/validation/fields';
import { updateSourceAction } from '../actions';

export const metadata: Metadata = { title: 'Source' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('desk:read', `/desk/sources/${id}`);
  const source = await getDeskSource(id);
  if (!source) notFound();
  const initial = {
    id: source.id,
    version: String(source.version),
    title: source.title,
    url: source.url ?? '',
    archiveUrl: source.archiveUrl ?? '',
    publisher: source.publisher,
    author: source.author ?? '',
    publishedAt: dayString(source.publishedAt),
    accessedAt: dayString(source.accessedAt),
    kind: source.kind,
    language: source.language,
    grade: source.grade,
    gradeNote: source.gradeNote,
    snapshot: source.snapshot ?? '',
    correctionKind: source.correctionKind ?? '',
    correctedAt: dayString(source.correctedAt),
    correctionNote: source.correctionNote ?? '',
  };
  return (
    <>
      <h1 className="text-2xl font-semibold" dir="auto">{source.title}</h1>
      <p className="mt-1 text-sm text-stone-700">
        Version {source.version}, added by {source.createdBy.name}.
      </p>
      {(await searchParams).saved && (
        <p role="status" className="mt-3 rounded border border-green-600 bg-green-50 p-3">Saved.</p>
      )}
      {source.derivatives.length > 0 && (
        <p className="mt-3 text-sm">
          Reported on by:{' '}
          {source.derivatives.map((derivative, index) => (
            <span key={derivative.id}>
              {index > 0 && ', '}
              <NoPrefetchLink href={`/desk/sources/${derivative.id}`} className="text-blue-800 underline" dir="auto">{derivative.title}</NoPrefetchLink>
            </span>
          ))}
        </p>
      )}
      <div className="mt-6">
        {can(actor, 'source:write') ? (
          <SourceForm
            action={updateSourceAction.bind(null, source.id)}
            initial={initial}
            derivedFrom={source.derivedFrom ? { id: source.derivedFrom.id, label: source.derivedFrom.title, hint: source.derivedFrom.publisher } : null}
            submitLabel="Save source"
          />
        ) : (
          <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
            {(
              [
                ['Publisher', source.publisher],
                ['Author', source.author],
                ['URL', source.url],
                ['Published', initial.publishedAt],
                ['Grade', `${source.grade}: ${source.gradeNote}`],
                ['Derived from', source.derivedFrom?.title],
                ['Correction', source.correctionKind ? `${source.correctionKind.toLowerCase()} on ${initial.correctedAt}: ${source.correctionNote ?? ''}` : null],
              ] as const
            )
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-medium">{label}</dt>
                  <dd dir="auto">{value}</dd>
                </div>
              ))}
          </dl>
        )}
      </div>
    </>
  );
}
