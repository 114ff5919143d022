import { AppError, forbidden } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';

// What each role may do on the desk. Reviewers read the desk and decide reviews (the review issue); editors
// and admins write; only admins manage accounts. Four-eyes rules about *whose* work are checked per action.
const grants = {
  'desk:read': ['EDITOR', 'REVIEWER', 'ADMIN'],
  'source:write': ['EDITOR', 'ADMIN'],
  'entity:write': ['EDITOR', 'ADMIN'],
  'claim:write': ['EDITOR', 'ADMIN'],
  'link:write': ['EDITOR', 'ADMIN'],
  'review:decide': ['REVIEWER', 'ADMIN'],
  'user:manage': ['ADMIN'],
  'token:own': ['EDITOR', 'REVIEWER', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

export type Actor = { id: string; name: string; email: string; role: Role };

export function can(actor: Actor | null, permission: Permission): actor is Actor {
  return actor !== null && (grants[permission] as readonly Role[]).includes(actor.role);
}

/** The first line of every lib function: the actor, if allowed; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function authorize(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  if (!can(actor, permission)) throw forbidden();
  return actor;
}
