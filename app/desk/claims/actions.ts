'use server';

import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/auth/actor';
import { claimInputFromForm } from '@/lib/claims/claim-form-data';
import type { ClaimState } from '@/lib/claims/claim-state';
import { mergeStaleEdit } from '@/lib/claims/merge-claim-edit';
import { saveClaim } from '@/lib/claims/save-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import { formAction, type FormState } from '@/lib/http/form-action';
import { createLink } from '@/lib/links/create-link';
import { createSource } from '@/lib/sources/create-source';

/** Save a claim (new, or an edit of `claimId`) and, as the button asked, submit it for review or link it as
 *  contradicting a suggested claim: all or nothing. A stale edit comes back merged onto the newer version. */
export async function saveClaimAction(claimId: string | null, _previous: FormState, form: FormData): Promise<FormState> {
  const actor = await getSessionActor();
  const input = claimInputFromForm(form);
  const linkTo = String(form.get('linkTo') ?? '');
  const followUp = { submit: form.get('intent') === 'submit', contradicts: linkTo || undefined };
  const baseVersion = Number(form.get('version'));
  const saved = await formAction(input, () => saveClaim(actor, claimId, { ...input, version: baseVersion }, followUp));
  if (!saved.ok) return claimId ? withMergedEdit(claimId, baseVersion, saved.state, input) : saved.state;
  const { claim, link } = saved.value;
  redirect(link ? `/desk/links/${link.id}?created=1` : `/desk/claims/${claim.id}?${followUp.submit ? 'submitted' : 'saved'}=1`);
}

async function withMergedEdit(claimId: string, baseVersion: number, state: FormState, mine: Record<string, unknown>): Promise<FormState> {
  const current = (state.conflict as { current?: ClaimState } | undefined)?.current;
  const merge = current ? await mergeStaleEdit(claimId, baseVersion, current, mine) : null;
  return merge ? { ...state, values: merge.merged, conflict: { current, changedByThem: merge.changedByThem, changedByBoth: merge.changedByBoth } } : state;
}

export async function submitClaimAction(claimId: string, version: number, _previous: FormState): Promise<FormState> {
  const result = await formAction({}, async () => submitClaim(await getSessionActor(), claimId, { version }));
  if (!result.ok) return result.state;
  redirect(`/desk/claims/${claimId}?submitted=1`);
}

/** From a claim's page: link another claim to it. */
export async function linkClaimAction(claimId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(form);
  const result = await formAction(values, async () =>
    createLink(await getSessionActor(), { claimAId: claimId, claimBId: values.claimBId, kind: values.kind, note: values.note }),
  );
  if (!result.ok) return result.state;
  redirect(`/desk/links/${result.value.id}?created=1`);
}

export type QuickSourceResult = { ok: true; source: { id: string; label: string; hint: string } } | { ok: false; message: string; fields: Record<string, string[]> };

/** The claim form's "quick add": a source created without leaving the form. */
export async function quickAddSourceAction(values: Record<string, string>): Promise<QuickSourceResult> {
  const result = await formAction(values, async () => createSource(await getSessionActor(), values));
  if (!result.ok) {
    const existing = (result.state.conflict as { existingSource?: { id: string; title: string } } | undefined)?.existingSource;
    if (existing) return { ok: true, source: { id: existing.id, label: existing.title, hint: 'already on record' } };
    return { ok: false, message: result.state.message ?? 'Not saved', fields: result.state.fields ?? {} };
  }
  const source = result.value;
  return { ok: true, source: { id: source.id, label: source.title, hint: `${source.publisher} · grade ${source.grade}` } };
}
