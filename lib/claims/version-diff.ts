import { diffWords } from 'diff';
import { formatDay } from '@/lib/format/dates';
import type { DeskVersion } from './desk-queries';

export type TextChange = { value: string; added?: boolean; removed?: boolean }[];
export type FieldChange = { label: string; parts: TextChange };
export type CitationChange = { label: string; change: 'added' | 'removed' | 'changed'; parts: TextChange };

// A readable difference between two versions of a claim: word-level for text, whole values for the rest.
// Citations are matched by id, which a citation keeps across the versions it survives.

function describe(version: DeskVersion) {
  const structured =
    version.subject && version.relation && version.object
      ? `${version.polarity === 'DENIES' ? 'denies: ' : ''}${version.subject.name} · ${version.relation.label} · ${version.object.name}`
      : '';
  return {
    Statement: version.statement,
    'Claimed by': version.claimant?.name ?? '',
    'Claimed on': formatDay(version.claimedAt),
    Period: version.validFrom || version.validTo ? `${formatDay(version.validFrom) || '…'} to ${formatDay(version.validTo) || '…'}` : '',
    'Structured form': structured,
    Credibility: String(version.credibility),
    'Credibility note': version.credibilityNote,
    Topics: version.topics.map(({ topic }) => topic.title).sort().join(', '),
  };
}

function citationText(citation: DeskVersion['citations'][number]) {
  return [
    `“${citation.quote}”`,
    citation.source.title,
    citation.locator && `at ${citation.locator}`,
    citation.attributedTo && `said by ${citation.attributedTo}`,
    citation.originalQuote && `original: ${citation.originalQuote}`,
    citation.translation && `translation: ${citation.translation}`,
    citation.translator && `translated by ${citation.translator}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function diffVersions(from: DeskVersion, to: DeskVersion) {
  const before = describe(from);
  const after = describe(to);
  const fields: FieldChange[] = (Object.keys(before) as (keyof typeof before)[])
    .filter((label) => before[label] !== after[label])
    .map((label) => ({ label, parts: diffWords(before[label], after[label]) }));
  const earlier = new Map(from.citations.map((citation) => [citation.id, citation]));
  const later = new Map(to.citations.map((citation) => [citation.id, citation]));
  const citations: CitationChange[] = [];
  to.citations.forEach((citation, index) => {
    const previous = earlier.get(citation.id);
    const label = `Citation ${index + 1}`;
    if (!previous) citations.push({ label, change: 'added', parts: [{ value: citationText(citation), added: true }] });
    else if (citationText(previous) !== citationText(citation)) citations.push({ label, change: 'changed', parts: diffWords(citationText(previous), citationText(citation)) });
  });
  for (const citation of from.citations) {
    if (!later.has(citation.id)) citations.push({ label: 'A citation', change: 'removed', parts: [{ value: citationText(citation), removed: true }] });
  }
  return { fields, citations };
}
