import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { assertUserId, lockActiveAdmins, userSummarySelect } from './user-rules';
import { setRoleSchema } from './user-schema';

/** An ADMIN changes someone's role; it applies to their next request, sessions and tokens alike. */
export async function setUserRole(actor: Actor | null, userId: string, input: unknown) {
  const admin = authorize(actor, 'user:manage');
  assertUserId(userId);
  const { role } = parseInput(setRoleSchema, input);
  return db.$transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx, admin.id);
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSummarySelect });
    if (!before) throw notFound('Account');
    if (before.role === role) return before;
    if (userId === admin.id && activeAdmins.length === 1) {
      throw new AppError('CONFLICT', 'You are the last administrator. Make someone else an administrator before changing your own role.', {
        role: ['The desk needs at least one administrator'],
      });
    }
    const after = await tx.user.update({ where: { id: userId }, data: { role }, select: userSummarySelect });
    await writeAudit(tx, { actorId: admin.id, action: 'user.set-role', targetType: 'User', targetId: userId, before, after });
    return after;
  });
}
