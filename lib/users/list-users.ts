import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';

/** Every account, active ones first, with how many claims each has authored. */
export async function listUsers(actor: Actor | null) {
  authorize(actor, 'user:manage');
  return db.user.findMany({
    orderBy: [{ banned: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      banned: true,
      banReason: true,
      createdAt: true,
      _count: { select: { claims: true } },
    },
  });
}

