import type { PickerOption } from '@/components/forms/search-picker';
import { dayString } from '@/lib/validation/fields';
import type { DeskVersion } from './desk-queries';

/** A claim version as the claim form's initial values, and the names its pickers show. */
export function claimFormInitial(version: DeskVersion) {
  const names: Record<string, PickerOption> = {};
  for (const entity of [version.claimant, version.subject, version.object]) if (entity) names[entity.id] = { id: entity.id, label: entity.name };
  for (const { source } of version.citations) names[source.id] = { id: source.id, label: source.title, hint: source.publisher };
  return {
    names,
    initial: {
      statement: version.statement,
      claimantId: version.claimant?.id ?? '',
      subjectId: version.subject?.id ?? '',
      relation: version.relation?.key ?? '',
      objectId: version.object?.id ?? '',
      polarity: version.polarity ?? '',
      claimedAt: dayString(version.claimedAt),
      validFrom: dayString(version.validFrom),
      validTo: dayString(version.validTo),
      credibility: String(version.credibility),
      credibilityNote: version.credibilityNote,
      topicIds: version.topics.map(({ topic }) => topic.id),
      citations: version.citations.map(({ source, ...citation }) => ({
        id: citation.id,
        sourceId: source.id,
        quote: citation.quote,
        originalQuote: citation.originalQuote ?? '',
        originalLanguage: citation.originalLanguage ?? '',
        translation: citation.translation ?? '',
        translator: citation.translator ?? '',
        locator: citation.locator ?? '',
        attributedTo: citation.attributedTo ?? '',
      })),
    },
  };
}
