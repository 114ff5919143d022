import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements, userAc } from 'better-auth/plugins/admin/access';
import type { Database } from '@/lib/database/prisma-client';
import { accountSignInHooks } from './account-rate-limit';

// Counterclaim's roles on better-auth's admin plugin: only an ADMIN manages accounts (create, set role,
// deactivate by banning, which ends the user's sessions at once).
const accessControl = createAccessControl(defaultStatements);
export const authRoles = {
  EDITOR: accessControl.newRole(userAc.statements),
  REVIEWER: accessControl.newRole(userAc.statements),
  ADMIN: accessControl.newRole(adminAc.statements),
};

type AuthSettings = {
  secret?: string;
  baseURL?: string;
  /** Sign-in limits per address and per account; on in production, as better-auth's own default. */
  rateLimited?: boolean;
  /** See TRUSTED_PROXIES in lib/env.ts and the README. */
  trustedProxies?: string[];
};

/** Email-and-password sign-in with database sessions. There is no public sign-up: accounts are made by an
 *  ADMIN, or by the demo loader. `secret` and `baseURL` default to BETTER_AUTH_SECRET and BETTER_AUTH_URL.
 *  Session cookies are better-auth's defaults, which the tests pin: HttpOnly, SameSite=Lax, and Secure (with
 *  the __Secure- prefix) whenever the base URL is https. */
export function createAuth(database: Database, { rateLimited = process.env.NODE_ENV === 'production', trustedProxies = [], ...settings }: AuthSettings = {}) {
  return betterAuth({
    ...settings,
    database: prismaAdapter(database, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    // Accounts are managed through lib/users (audited, with the last-admin rule), never through the admin
    // plugin's own HTTP endpoints; impersonation would defeat the four-eyes rule, so it has no route at all.
    disabledPaths: adminPluginPaths,
    rateLimit: { enabled: rateLimited, storage: 'database' },
    // The client address for the per-address limit is the last X-Forwarded-For entry that is not one of these
    // proxies; with none listed, only a header with a single address is believed (see the README).
    advanced: { ipAddress: { trustedProxies } },
    hooks: rateLimited ? accountSignInHooks(database) : undefined,
    plugins: [
      admin({
        ac: accessControl,
        roles: authRoles,
        defaultRole: 'EDITOR',
        adminRoles: ['ADMIN'],
        bannedUserMessage: 'This account has been deactivated. Ask an administrator.',
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const adminPluginPaths = [
  '/admin/set-role',
  '/admin/get-user',
  '/admin/create-user',
  '/admin/update-user',
  '/admin/list-users',
  '/admin/list-user-sessions',
  '/admin/unban-user',
  '/admin/ban-user',
  '/admin/impersonate-user',
  '/admin/stop-impersonating',
  '/admin/revoke-user-session',
  '/admin/revoke-user-sessions',
  '/admin/remove-user',
  '/admin/set-user-password',
  '/admin/has-permission',
];
