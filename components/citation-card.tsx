import { SourceGradeBadge } from '@/components/grade-badge';
import { ExternalLink } from '@/components/external-link';
import { formatDay } from '@/lib/format/dates';
import type { SourceGrade } from '@/lib/grading/admiralty';

type Citation = {
  quote: string;
  originalQuote: string | null;
  originalLanguage: string | null;
  translation: string | null;
  translator: string | null;
  locator: string | null;
  attributedTo: string | null;
  source: {
    title: string;
    url: string | null;
    publisher: string;
    publishedAt: Date | null;
    grade: SourceGrade;
    gradeNote: string;
    correctionKind: 'UPDATED' | 'CORRECTED' | 'RETRACTED' | null;
    correctedAt: Date | null;
    correctionNote: string | null;
  };
};

const correctionLabel = { UPDATED: 'Updated', CORRECTED: 'Corrected', RETRACTED: 'Retracted' } as const;

export function CitationCard({ citation }: { citation: Citation }) {
  const { source } = citation;
  return (
    <figure className="rounded border border-stone-300 bg-white p-4">
      {citation.originalQuote && (
        <blockquote dir="auto" lang={citation.originalLanguage ?? undefined} className="mb-2 font-serif text-lg">
          {citation.originalQuote}
        </blockquote>
      )}
      <blockquote dir="auto" className="border-l-4 border-stone-400 pl-3 font-serif">
        {citation.quote}
      </blockquote>
      {citation.translation && (
        <p className="mt-2 text-sm">
          Translation{citation.translator ? ` by ${citation.translator}` : ''}: <span dir="auto">{citation.translation}</span>
        </p>
      )}
      <figcaption className="mt-3 space-y-1 text-sm text-stone-700">
        {citation.attributedTo && <p>Said by {citation.attributedTo}</p>}
        <p>
          {source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : source.title}, {source.publisher}
          {source.publishedAt && `, ${formatDay(source.publishedAt)}`}
          {citation.locator && ` (${citation.locator})`}
        </p>
        {source.correctionKind && (
          <p className={source.correctionKind === 'RETRACTED' ? 'font-medium text-red-900' : undefined}>
            {correctionLabel[source.correctionKind]} by the publisher
            {source.correctedAt && ` on ${formatDay(source.correctedAt)}`}
            {source.correctionNote && `: ${source.correctionNote}`}
          </p>
        )}
        <p className="flex flex-wrap items-center gap-2">
          <SourceGradeBadge grade={source.grade} />
          {source.gradeNote && <span>{source.gradeNote}</span>}
        </p>
      </figcaption>
    </figure>
  );
}
