import 'server-only';
import { isAPIError } from 'better-auth/api';
import { writeAudit } from '@/lib/audit/write-audit';
import { auth } from '@/lib/auth/auth';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, fromPrismaError, parseInput } from '@/lib/errors';
import { userSummarySelect } from './user-rules';
import { createUserSchema } from './user-schema';

const duplicateEmail = (email: string) =>
  new AppError('CONFLICT', `An account with the email ${email} already exists`, { email: ['This email already has an account'] });

/** An ADMIN opens an account. better-auth hashes the password and writes the user and its credential. */
export async function createUser(actor: Actor | null, input: unknown) {
  const admin = authorize(actor, 'user:manage');
  const { name, email, role, password } = parseInput(createUserSchema, input);
  if (await db.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } }, select: { id: true } })) throw duplicateEmail(email);

  let id: string;
  try {
    // No headers: a trusted server-side call, allowed by authorize() above rather than by a session.
    ({ user: { id } } = await auth.api.createUser({ body: { email, password, name, role } }));
  } catch (error) {
    if (isAPIError(error) && /^USER_ALREADY_EXISTS/.test(String(error.body?.code))) throw duplicateEmail(email);
    throw error instanceof AppError ? error : fromPrismaError(error, `An account with the email ${email} already exists`);
  }

  // better-auth writes through its own connection, so the audit row cannot share its transaction. An account
  // must not exist unrecorded: if the audit row fails, the account (nothing refers to it yet) is removed again.
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id }, select: userSummarySelect });
      await writeAudit(tx, {
        actorId: admin.id,
        action: 'user.create',
        targetType: 'User',
        targetId: id,
        after: { id, name: user.name, email: user.email, role: user.role },
      });
      return user;
    });
  } catch (error) {
    await db.user.delete({ where: { id } });
    throw error;
  }
}
