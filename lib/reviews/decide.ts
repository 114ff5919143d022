import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { getClaimState } from '@/lib/claims/claim-state';
import { db } from '@/lib/db';
import { AppError, forbidden, fromPrismaError, notFound, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getLinkState } from '@/lib/links/link-state';
import { uuid } from '@/lib/validation/fields';
import { reviewSchema, type Decision } from './review-schema';

type Tx = Prisma.TransactionClient;

// A reviewer's decision on the exact version they saw. APPROVE publishes that version; REQUEST_CHANGES and
// REJECT send the version back with a note; RETRACT withdraws what is public, with a note, and the public
// keeps showing it marked as retracted. Four eyes, for every decision and every role: nobody decides on a
// claim they created or a version of it they edited, nor on a link they made or edited, or one whose claims'
// current versions they edited. (The database refuses such an approval too.)

const nextStatus: Record<Decision, 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED' | 'RETRACTED'> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  REJECT: 'REJECTED',
  RETRACT: 'RETRACTED',
};

const changedMessage = (now: number) =>
  `This changed since you opened it: it is now at version ${now}. Reload it and review that version.`;

export async function decideOnClaim(actor: Actor | null, claimId: string, input: unknown) {
  const reviewer = authorize(actor, 'review:decide');
  const review = parseInput(reviewSchema, input);
  if (!uuid.safeParse(claimId).success) throw notFound('Claim');
  return decide(claimId, async (tx) => {
    const claim = await getClaimState(tx, claimId);
    if (!claim) throw notFound('Claim');
    const decided = await versionDecided(tx, 'claim', claimId, claim, review.decision, review.version);
    if (reviewer.id === claim.authorId || reviewer.id === decided.editedById) throw fourEyes('claim');
    const status = nextStatus[review.decision];
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: claim.version, status: claim.status },
      data: { status, ...(review.decision === 'APPROVE' ? { publishedVersionId: decided.id } : {}) },
    });
    if (!count) throw new AppError('CONFLICT', changedMessage(claim.version), {}, { current: await getClaimState(tx, claimId) });
    const row = await tx.review.create({
      data: { claimId, claimVersionId: decided.id, version: review.version, decision: review.decision, note: review.note, reviewerId: reviewer.id },
      select: { id: true, decision: true, version: true, note: true, createdAt: true },
    });
    const after = (await getClaimState(tx, claimId))!;
    await writeAudit(tx, {
      actorId: reviewer.id,
      action: `review.${review.decision.toLowerCase()}`,
      targetType: 'Claim',
      targetId: claimId,
      before: { status: claim.status, publishedVersion: claim.publishedVersion },
      after: { status: after.status, publishedVersion: after.publishedVersion, review: row },
    });
    return { ...after, review: row };
  });
}

export async function decideOnLink(actor: Actor | null, linkId: string, input: unknown) {
  const reviewer = authorize(actor, 'review:decide');
  const review = parseInput(reviewSchema, input);
  if (!uuid.safeParse(linkId).success) throw notFound('Link');
  return decide(linkId, async (tx) => {
    const link = await getLinkState(tx, linkId);
    if (!link) throw notFound('Link');
    const decided = await versionDecided(tx, 'link', linkId, link, review.decision, review.version);
    const [linkEditors, claimEditors] = await Promise.all([
      tx.claimLinkVersion.findMany({ where: { linkId }, select: { editedById: true } }),
      tx.claim.findMany({ where: { id: { in: [link.claimAId, link.claimBId] } }, select: { currentVersion: { select: { editedById: true } } } }),
    ]);
    const involved = [link.createdById, ...linkEditors.map((version) => version.editedById), ...claimEditors.map((claim) => claim.currentVersion?.editedById)];
    if (involved.includes(reviewer.id)) throw fourEyes('link');
    const status = nextStatus[review.decision];
    const { count } = await tx.claimLink.updateMany({
      where: { id: linkId, version: link.version, status: link.status },
      data: { status, ...(review.decision === 'APPROVE' ? { publishedVersionId: decided.id } : {}) },
    });
    if (!count) throw new AppError('CONFLICT', changedMessage(link.version), {}, { current: await getLinkState(tx, linkId) });
    const row = await tx.review.create({
      data: { linkId, linkVersionId: decided.id, version: review.version, decision: review.decision, note: review.note, reviewerId: reviewer.id },
      select: { id: true, decision: true, version: true, note: true, createdAt: true },
    });
    const after = (await getLinkState(tx, linkId))!;
    await writeAudit(tx, {
      actorId: reviewer.id,
      action: `review.${review.decision.toLowerCase()}`,
      targetType: 'ClaimLink',
      targetId: linkId,
      before: { status: link.status, publishedVersion: link.publishedVersion },
      after: { status: after.status, publishedVersion: after.publishedVersion, review: row },
    });
    return { ...after, review: row };
  });
}

type Reviewable = { status: string; version: number; publishedVersion: number | null };

/** The version row the decision is about, after checking the decision fits the item's state and the version the
 *  reviewer saw is still the one to decide on. */
async function versionDecided(tx: Tx, kind: 'claim' | 'link', id: string, item: Reviewable, decision: Decision, seen: number) {
  if (decision === 'RETRACT') {
    if (item.publishedVersion === null || item.status === 'RETRACTED') {
      throw new AppError('CONFLICT', 'Only something the public can see can be retracted.');
    }
    if (seen !== item.publishedVersion) throw new AppError('CONFLICT', changedMessage(item.publishedVersion));
  } else {
    if (item.status !== 'IN_REVIEW') throw new AppError('CONFLICT', `This is not in review (it is ${item.status.toLowerCase().replace('_', ' ')}).`);
    if (seen !== item.version) throw new AppError('CONFLICT', changedMessage(item.version));
  }
  const version =
    kind === 'claim'
      ? await tx.claimVersion.findUnique({ where: { claimId_version: { claimId: id, version: seen } }, select: { id: true, editedById: true } })
      : await tx.claimLinkVersion.findUnique({ where: { linkId_version: { linkId: id, version: seen } }, select: { id: true, editedById: true } });
  if (!version) throw notFound('Version');
  return version;
}

function fourEyes(kind: 'claim' | 'link') {
  return forbidden(
    kind === 'claim'
      ? 'Four eyes: you wrote or edited this claim, so another reviewer must decide on it.'
      : 'Four eyes: you made or edited this link or one of its claims, so another reviewer must decide on it.',
  );
}

async function decide<T>(id: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    throw error instanceof AppError ? error : fromPrismaError(error, `Someone decided on ${id} at the same time; reload it.`);
  }
}
