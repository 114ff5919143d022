import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { assertUserId, lockActiveAdmins, userSummarySelect } from './user-rules';
import { deactivateSchema } from './user-schema';

/**
 * An ADMIN deactivates an account: better-auth's admin plugin refuses a banned user at sign-in, and deleting
 * their sessions signs them out everywhere at once (their API tokens stop working too, see api-tokens.ts).
 * Everything they wrote stays, attributed to them.
 */
export async function deactivateUser(actor: Actor | null, userId: string, input: unknown = {}) {
  const admin = authorize(actor, 'user:manage');
  assertUserId(userId);
  const { reason } = parseInput(deactivateSchema, input ?? {});
  if (userId === admin.id) throw new AppError('CONFLICT', 'You cannot deactivate your own account. Ask another administrator.');
  return db.$transaction(async (tx) => {
    await lockActiveAdmins(tx, admin.id);
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSummarySelect });
    if (!before) throw notFound('Account');
    if (before.banned) return before;
    const after = await tx.user.update({
      where: { id: userId },
      data: { banned: true, banReason: reason ?? null, banExpires: null },
      select: userSummarySelect,
    });
    const { count: endedSessions } = await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, { actorId: admin.id, action: 'user.deactivate', targetType: 'User', targetId: userId, before, after: { ...after, endedSessions } });
    return after;
  });
}
