import { createHash, randomBytes } from 'node:crypto';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import type { Database } from '@/lib/database/prisma-client';

// better-auth limits sign-in per client address (3 tries in 10 s). That alone lets a guesser spread tries over
// many addresses, or forge X-Forwarded-For where no proxy overwrites it, so sign-in is also limited per account:
// 5 tries on one email in 60 s, wherever they come from. A try is counted before the password is checked, so
// parallel tries cannot slip past, and a successful sign-in clears the count it was counted in. An unknown email
// is counted the same way, so neither the limit nor its message tells whether an account exists.
//
// A limit per account alone would let anyone lock an editor out by trying their email five times a minute. So a
// browser that has signed in to an account gets a signed cookie naming that account and the browser ("device
// cookies", as OWASP describes them), and its tries on that account count in a window of their own: a stranger's
// guesses use up the account's window for every browser without the cookie, never the owner's.
export const accountSignInLimit = { max: 5, windowSeconds: 60 };

const knownDeviceCookie = 'known_device';
const knownDeviceDays = 365;

const signInPath = '/sign-in/email';

// Counts live in better-auth's own RateLimit table, shared by every server of the app like the per-address
// counts, under keys of their own; an email is kept only as a hash.
const accountHash = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
const accountKey = (email: string) => `sign-in-account:${accountHash(email)}`;
const deviceKey = (device: string) => `sign-in-device:${device}`;

/** Counts one try in a window (fixed, from its first try) and says whether it is allowed. */
async function countTry(database: Database, key: string) {
  const now = Date.now();
  const windowMs = accountSignInLimit.windowSeconds * 1000;
  const [row] = await database.$queryRaw<{ count: number; started: bigint }[]>`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES (gen_random_uuid()::text, ${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."lastRequest" <= ${now - windowMs} THEN 1 ELSE "RateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" <= ${now - windowMs} THEN ${now} ELSE "RateLimit"."lastRequest" END
    RETURNING count, "lastRequest" AS started`;
  return { allowed: row.count <= accountSignInLimit.max, retryAfter: Math.ceil((Number(row.started) + windowMs - now) / 1000) };
}

const emailOf = (body: unknown) => {
  const email = body && typeof body === 'object' ? (body as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email : null;
};

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The browser's id, when it carries a valid cookie from signing in to this account; otherwise null. */
async function knownDevice(ctx: HookContext, email: string) {
  const cookie = ctx.context.createAuthCookie(knownDeviceCookie);
  const value = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  const [account, device] = typeof value === 'string' ? value.split(':') : [];
  return account === accountHash(email) && device ? device : null;
}

/** better-auth hooks that apply the per-account limit to email sign-in, with a window per known browser. */
export function accountSignInHooks(database: Database) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      const email = ctx.path === signInPath ? emailOf(ctx.body) : null;
      if (!email) return;
      const device = await knownDevice(ctx, email);
      const { allowed, retryAfter } = await countTry(database, device ? deviceKey(device) : accountKey(email));
      // The same answer as the per-address limit, so a client cannot tell which of the two it met.
      if (!allowed) throw new APIError('TOO_MANY_REQUESTS', { message: 'Too many requests. Please try again later.' }, { 'X-Retry-After': String(retryAfter) });
    }),
    after: createAuthMiddleware(async (ctx) => {
      const email = ctx.path === signInPath ? emailOf(ctx.body) : null;
      if (!email || isAPIError(ctx.context.returned)) return;
      // Clears only the window the try was counted in: the owner signing in on a known browser must not hand a
      // stranger, who is using up the account's window, a fresh one.
      const known = await knownDevice(ctx, email);
      await database.rateLimit.deleteMany({ where: { key: known ? deviceKey(known) : accountKey(email) } });
      const device = known ?? randomBytes(16).toString('base64url');
      const cookie = ctx.context.createAuthCookie(knownDeviceCookie, { maxAge: knownDeviceDays * 24 * 60 * 60 });
      await ctx.setSignedCookie(cookie.name, `${accountHash(email)}:${device}`, ctx.context.secret, cookie.attributes);
    }),
  };
}
