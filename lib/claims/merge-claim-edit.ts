import { db } from '@/lib/db';
import { claimFieldNames } from './claim-schema';
import { contentInputOf, getVersionContent, type ClaimState } from './claim-state';

type Content = Record<string, unknown>;

// Reapplying a stale edit: the fields the editor changed from the version they started with are applied to the
// newer version; the rest take the newer version's values. Fields both changed keep the editor's value and are
// flagged, so nothing of the other editor's work is replaced unseen.

const citationFields = ['sourceId', 'quote', 'originalQuote', 'originalLanguage', 'translation', 'translator', 'locator', 'attributedTo'];

function normal(field: string, value: unknown): string {
  if (field === 'topicIds') return JSON.stringify([...new Set((value as string[] | undefined) ?? [])].sort());
  if (field === 'citations') {
    return JSON.stringify(
      ((value as Record<string, unknown>[] | undefined) ?? []).map((citation) => citationFields.map((key) => String(citation[key] ?? '').trim())),
    );
  }
  return String(value ?? '').trim();
}

export function mergeClaimEdit(base: Content, theirs: Content, mine: Content) {
  const merged: Content = {};
  const changedByThem: string[] = [];
  const changedByBoth: string[] = [];
  for (const field of claimFieldNames) {
    const [was, now, edit] = [normal(field, base[field]), normal(field, theirs[field]), normal(field, mine[field])];
    merged[field] = edit === was ? theirs[field] : mine[field];
    if (now !== was) changedByThem.push(field);
    if (now !== was && edit !== was && edit !== now) changedByBoth.push(field);
  }
  // A citation the newer version dropped is added back as new rather than by an id it no longer has.
  const kept = new Set(((theirs.citations as { id?: string }[] | undefined) ?? []).map((citation) => citation.id));
  merged.citations = ((merged.citations as Record<string, unknown>[] | undefined) ?? []).map((citation) =>
    citation.id && !kept.has(citation.id as string) ? { ...citation, id: undefined } : citation,
  );
  return { merged, changedByThem, changedByBoth };
}

/** For a stale edit of `claimId` that started from `baseVersion`: the editor's changes merged onto `current`. */
export async function mergeStaleEdit(claimId: string, baseVersion: number, current: ClaimState, mine: Content) {
  if (!Number.isInteger(baseVersion)) return null;
  const base = await getVersionContent(db, claimId, baseVersion);
  return base ? mergeClaimEdit(base, contentInputOf(current), mine) : null;
}
