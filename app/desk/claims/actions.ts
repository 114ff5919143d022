'use server';

import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/auth/actor';
import { claimInputFromForm } from '@/lib/claims/claim-form-data';
import { createClaim } from '@/lib/claims/create-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { AppError } from '@/lib/errors';
import { formAction, type FormState } from '@/lib/http/form-action';
import { createLink } from '@/lib/links/create-link';
import { createSource } from '@/lib/sources/create-source';

/** Save a claim (new, or an edit of `claimId`); then, as the button asked, submit it for review or link it as
 *  contradicting a suggested claim. The save stands even if the follow-up is refused: the claim's page says why. */
export async function saveClaimAction(claimId: string | null, _previous: FormState, form: FormData): Promise<FormState> {
  const actor = await getSessionActor();
  const input = claimInputFromForm(form);
  const saved = await formAction(input, () => (claimId ? updateClaim(actor, claimId, { ...input, version: form.get('version') }) : createClaim(actor, input)));
  if (!saved.ok) return saved.state;
  const claim = saved.value;
  const linkTo = String(form.get('linkTo') ?? '');
  let destination = `/desk/claims/${claim.id}?saved=1`;
  try {
    if (form.get('intent') === 'submit') await submitClaim(actor, claim.id, { version: claim.version });
    if (linkTo) {
      const link = await createLink(actor, { claimAId: linkTo, claimBId: claim.id, kind: 'CONTRADICTS' });
      destination = `/desk/links/${link.id}?created=1`;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    destination += `&problem=${encodeURIComponent(error.message)}`;
  }
  redirect(destination);
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
