import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { auth } from '@/lib/auth/auth';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { forbidden as forbiddenError } from '@/lib/errors';
import { isSameOriginWrite } from '@/lib/http/same-origin';
import type { Role } from '@/lib/generated/prisma/enums';
import { authenticateApiToken } from '@/lib/tokens/api-tokens';

async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  // An impersonated session would act under another user's name: the desk does not accept one.
  if (!session || session.user.banned || session.session.impersonatedBy) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: role as Role };
}

/** The signed-in user of the page or server action being run, or null. */
export async function getSessionActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}

/** The caller of an API route: a personal token sent as `Authorization: Bearer`, else the session cookie, which
 *  may change something only from our own pages (a token cannot be sent by another site, so it is not checked). */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return null;
    return authenticateApiToken(token);
  }
  const actor = await actorFromHeaders(request.headers);
  if (actor && !isSameOriginWrite(request)) {
    throw forbiddenError('A request from another site cannot act with your session. Scripts send a personal API token (Authorization: Bearer).');
  }
  return actor;
}

/** For desk pages: the signed-in actor allowed this, or a redirect to sign-in (and back to `returnTo`). */
export async function requirePageActor(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}
