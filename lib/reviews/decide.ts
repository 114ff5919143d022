import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { getClaimState } from '@/lib/claims/claim-state';
import { db } from '@/lib/db';
import { AppError, forbidden, fromPrismaError, notFound, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { getLinkState } from '@/lib/links/link-state';
import { publishedRecordChanged } from '@/lib/public-site/published-cache';
import { uuid } from '@/lib/validation/fields';
import { reviewSchema, type Decision } from './review-schema';

type Tx = Prisma.TransactionClient;

// A reviewer's decision on the exact version they saw. APPROVE publishes that version; REQUEST_CHANGES and
// REJECT send the version back with a note; RETRACT withdraws what is public, with a note, and the public keeps
// showing it marked as retracted. Four eyes, for every decision and every role: nobody decides on a claim they
// created or edited since its last published version, nor on a link they made or edited since then, or one
// whose claims' current versions they edited. (The database refuses such an approval too.)

const nextStatus: Record<Decision, ReviewStatus> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  REJECT: 'REJECTED',
  RETRACT: 'RETRACTED',
};

type Reviewable = { id: string; status: ReviewStatus; version: number; publishedVersion: number | null };

/** What differs between deciding on a claim and on a link. */
type Kind<State extends Reviewable> = {
  name: 'claim' | 'link';
  targetType: 'Claim' | 'ClaimLink';
  load: (tx: Tx, id: string) => Promise<State | null>;
  versionId: (tx: Tx, id: string, version: number) => Promise<string | null>;
  /** Who may not decide: the creator, whoever edited it since it was last published, and (links) its claims' editors. */
  involved: (tx: Tx, state: State, upTo: number) => Promise<string[]>;
  /** Refusals particular to the kind, before anything is written. */
  check?: (tx: Tx, state: State, decision: Decision) => Promise<void>;
  write: (tx: Tx, state: State, status: ReviewStatus, publishedVersionId: string | undefined) => Promise<number>;
  review: (id: string, versionId: string) => { claimId: string; claimVersionId: string } | { linkId: string; linkVersionId: string };
};

const editedSince = (versions: { version: number; editedById: string }[], published: number | null, upTo: number) =>
  versions.filter((version) => version.version > (published ?? 0) && version.version <= upTo).map((version) => version.editedById);

const claims: Kind<NonNullable<Awaited<ReturnType<typeof getClaimState>>>> = {
  name: 'claim',
  targetType: 'Claim',
  load: getClaimState,
  versionId: async (tx, claimId, version) => (await tx.claimVersion.findUnique({ where: { claimId_version: { claimId, version } }, select: { id: true } }))?.id ?? null,
  involved: async (tx, claim, upTo) => [
    claim.authorId,
    ...editedSince(await tx.claimVersion.findMany({ where: { claimId: claim.id }, select: { version: true, editedById: true } }), claim.publishedVersion, upTo),
  ],
  write: async (tx, claim, status, publishedVersionId) =>
    (await tx.claim.updateMany({ where: { id: claim.id, version: claim.version, status: claim.status }, data: { status, publishedVersionId } })).count,
  review: (claimId, claimVersionId) => ({ claimId, claimVersionId }),
};

const links: Kind<NonNullable<Awaited<ReturnType<typeof getLinkState>>>> = {
  name: 'link',
  targetType: 'ClaimLink',
  load: getLinkState,
  versionId: async (tx, linkId, version) => (await tx.claimLinkVersion.findUnique({ where: { linkId_version: { linkId, version } }, select: { id: true } }))?.id ?? null,
  involved: async (tx, link, upTo) => {
    const [versions, linked] = await Promise.all([
      tx.claimLinkVersion.findMany({ where: { linkId: link.id }, select: { version: true, editedById: true } }),
      tx.claim.findMany({ where: { id: { in: [link.claimAId, link.claimBId] } }, select: { currentVersion: { select: { editedById: true } } } }),
    ]);
    return [link.createdById, ...editedSince(versions, link.publishedVersion, upTo), ...linked.flatMap((claim) => claim.currentVersion?.editedById ?? [])];
  },
  check: async (tx, link, decision) => {
    if (decision !== 'APPROVE') return;
    const retracted = await tx.claim.count({ where: { id: { in: [link.claimAId, link.claimBId] }, status: 'RETRACTED' } });
    if (retracted) throw new AppError('CONFLICT', 'One of the linked claims was retracted: a link to it cannot be approved.');
  },
  write: async (tx, link, status, publishedVersionId) =>
    (await tx.claimLink.updateMany({ where: { id: link.id, version: link.version, status: link.status }, data: { status, publishedVersionId } })).count,
  review: (linkId, linkVersionId) => ({ linkId, linkVersionId }),
};

export async function decideOnClaim(actor: Actor | null, claimId: string, input: unknown) {
  return decide(claims, actor, claimId, input);
}

export async function decideOnLink(actor: Actor | null, linkId: string, input: unknown) {
  return decide(links, actor, linkId, input);
}

async function decide<State extends Reviewable>(kind: Kind<State>, actor: Actor | null, id: string, input: unknown) {
  const reviewer = authorize(actor, 'review:decide');
  const review = parseInput(reviewSchema, input);
  if (!uuid.safeParse(id).success) throw notFound(kind.name === 'claim' ? 'Claim' : 'Link');
  try {
    const decided = await db.$transaction(async (tx) => {
      const before = await kind.load(tx, id);
      if (!before) throw notFound(kind.name === 'claim' ? 'Claim' : 'Link');
      // Four eyes first: whoever may not decide learns that, whatever version they sent.
      if ((await kind.involved(tx, before, Math.max(review.version, before.version))).includes(reviewer.id)) throw fourEyes(kind.name);
      const versionId = await decidedVersion(tx, kind, before, review.decision, review.version);
      await kind.check?.(tx, before, review.decision);
      const written = await kind.write(tx, before, nextStatus[review.decision], review.decision === 'APPROVE' ? versionId : undefined);
      if (!written) throw await raced(tx, kind, id);
      const row = await tx.review.create({
        data: { ...kind.review(id, versionId), version: review.version, decision: review.decision, note: review.note, reviewerId: reviewer.id },
        select: { id: true, decision: true, version: true, note: true, createdAt: true },
      });
      const after = (await kind.load(tx, id))!;
      await writeAudit(tx, {
        actorId: reviewer.id,
        action: `review.${review.decision.toLowerCase()}`,
        targetType: kind.targetType,
        targetId: id,
        before: { status: before.status, version: before.version, publishedVersion: before.publishedVersion },
        after: { status: after.status, version: after.version, publishedVersion: after.publishedVersion, review: row },
      });
      return { ...after, review: row };
    });
    if (review.decision === 'APPROVE' || review.decision === 'RETRACT') publishedRecordChanged();
    return decided;
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Two reviewers deciding at once: the database keeps one; the other is told what happened.
    throw fromPrismaError(error, 'Someone decided on this at the same time. Reload it to see their decision.');
  }
}

/** The version row the decision is about, once the decision fits the item's state and the version the reviewer
 *  saw is still the one to decide on. */
async function decidedVersion<State extends Reviewable>(tx: Tx, kind: Kind<State>, item: State, decision: Decision, seen: number) {
  if (decision === 'RETRACT') {
    if (item.publishedVersion === null || item.status === 'RETRACTED') throw new AppError('CONFLICT', 'Only something the public can see can be retracted.');
    if (seen !== item.publishedVersion) throw new AppError('CONFLICT', changedMessage(`the public version is ${item.publishedVersion}`));
  } else {
    if (item.status !== 'IN_REVIEW') throw new AppError('CONFLICT', `This is not in review: it is ${item.status.toLowerCase().replace('_', ' ')}.`);
    if (seen !== item.version) throw new AppError('CONFLICT', changedMessage(`it is now at version ${item.version}`));
  }
  const versionId = await kind.versionId(tx, item.id, seen);
  if (!versionId) throw notFound('Version');
  return versionId;
}

const changedMessage = (now: string) => `This changed since you opened it: ${now}. Reload it and review that.`;

async function raced<State extends Reviewable>(tx: Tx, kind: Kind<State>, id: string) {
  const now = await kind.load(tx, id);
  return new AppError('CONFLICT', changedMessage(`it is now ${now?.status.toLowerCase().replace('_', ' ')} at version ${now?.version}`), {}, { current: now });
}

function fourEyes(kind: 'claim' | 'link') {
  return forbidden(
    kind === 'claim'
      ? 'Four eyes: you wrote or edited this claim, so another reviewer must decide on it.'
      : 'Four eyes: you made or edited this link or one of its claims, so another reviewer must decide on it.',
  );
}
