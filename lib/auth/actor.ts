import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { auth } from '@/lib/auth/auth';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { isDatabaseUnavailable } from '@/lib/database/unavailable';
import { db } from '@/lib/db';
import { forbidden as forbiddenError } from '@/lib/errors';
import { isSameOriginWrite } from '@/lib/http/same-origin';
import type { Role } from '@/lib/generated/prisma/enums';
import { authenticateApiToken } from '@/lib/tokens/api-tokens';

async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const lookUp = () => auth.api.getSession({ headers: requestHeaders });
  const session = await lookUp().catch(async (error: unknown) => {
    await throwIfDatabaseUnavailable();
    // The database answers now: a look-up that failed while it was coming back gets one more try; a second
    // failure is a real one.
    return lookUp().catch(() => {
      throw error;
    });
  });
  // An impersonated session would act under another user's name: the desk does not accept one.
  if (!session || session.user.banned || session.session.impersonatedBy) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: role as Role };
}

/** better-auth reports a failed session look-up as its own error, without the database error behind it. Asking the
 *  database tells an outage (which then answers 503, lib/database/unavailable.ts) from anything else. */
async function throwIfDatabaseUnavailable() {
  const databaseError = await db.$queryRaw`SELECT 1`.then(() => null, (caught: unknown) => caught);
  if (isDatabaseUnavailable(databaseError)) throw new Error('Could not look up the session: the database is unreachable', { cause: databaseError });
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
