// A claim form posts flat fields ("citations.2.quote", repeated "topicIds"); the write path takes the same
// shape as the JSON API. This turns one into the other, dropping citation rows left entirely blank.
const citationFields = ['id', 'sourceId', 'quote', 'originalQuote', 'originalLanguage', 'translation', 'translator', 'locator', 'attributedTo'] as const;
const claimFields = ['statement', 'claimantId', 'subjectId', 'relation', 'objectId', 'polarity', 'claimedAt', 'validFrom', 'validTo', 'credibility', 'credibilityNote'] as const;

export function claimInputFromForm(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of claimFields) input[field] = text(form.get(field));
  input.topicIds = form.getAll('topicIds').map(String).filter(Boolean);
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of form.entries()) {
    const match = /^citations\.(\d+)\.(\w+)$/.exec(key);
    if (!match || !(citationFields as readonly string[]).includes(match[2])) continue;
    const row = rows.get(Number(match[1])) ?? {};
    row[match[2]] = text(value);
    rows.set(Number(match[1]), row);
  }
  input.citations = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => citationFields.some((field) => field !== 'id' && row[field]));
  return input;
}

function text(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value : '';
}
