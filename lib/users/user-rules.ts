import type { Prisma } from '@/lib/generated/prisma/client';
import { forbidden, notFound } from '@/lib/errors';
import { userId } from './user-schema';

/** What an account change records before and after, and returns: never anything secret. */
export const userSummarySelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  banned: true,
  banReason: true,
} satisfies Prisma.UserSelect;

export function assertUserId(id: string) {
  if (!userId.safeParse(id).success) throw notFound('Account');
}

/**
 * Locks the active ADMIN rows for the rest of the transaction and returns their ids. Two admins demoting or
 * deactivating each other at the same moment then run one after the other, and the second sees the first's
 * change, so the desk is never left without an administrator. The acting admin must still be one of them.
 */
export async function lockActiveAdmins(tx: Prisma.TransactionClient, actorId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND NOT "banned" ORDER BY "id" FOR UPDATE`;
  const ids = rows.map((row) => row.id);
  if (!ids.includes(actorId)) throw forbidden();
  return ids;
}
