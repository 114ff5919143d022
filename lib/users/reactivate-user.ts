import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { assertUserId, lockActiveAdmins, userSummarySelect } from './user-rules';

/** An ADMIN lets a deactivated account sign in again, with the role it had. */
export async function reactivateUser(actor: Actor | null, userId: string) {
  const admin = authorize(actor, 'user:manage');
  assertUserId(userId);
  return db.$transaction(async (tx) => {
    await lockActiveAdmins(tx, admin.id);
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSummarySelect });
    if (!before) throw notFound('Account');
    if (!before.banned) return before;
    const after = await tx.user.update({
      where: { id: userId },
      data: { banned: false, banReason: null, banExpires: null },
      select: userSummarySelect,
    });
    await writeAudit(tx, { actorId: admin.id, action: 'user.reactivate', targetType: 'User', targetId: userId, before, after });
    return after;
  });
}
