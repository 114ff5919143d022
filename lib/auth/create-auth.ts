import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements, userAc } from 'better-auth/plugins/admin/access';
import type { Database } from '@/lib/database/prisma-client';

// Counterclaim's roles on better-auth's admin plugin: only an ADMIN manages accounts (create, set role,
// deactivate by banning, which ends the user's sessions at once).
const accessControl = createAccessControl(defaultStatements);
export const authRoles = {
  EDITOR: accessControl.newRole(userAc.statements),
  REVIEWER: accessControl.newRole(userAc.statements),
  ADMIN: accessControl.newRole(adminAc.statements),
};

/** Email-and-password sign-in with database sessions. There is no public sign-up: accounts are made by an
 *  ADMIN, or by the demo loader. `secret` and `baseURL` default to BETTER_AUTH_SECRET and BETTER_AUTH_URL. */
export function createAuth(database: Database, settings: { secret?: string; baseURL?: string } = {}) {
  return betterAuth({
    ...settings,
    database: prismaAdapter(database, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    // Accounts are managed through lib/users (audited, with the last-admin rule), never through the admin
    // plugin's own HTTP endpoints; impersonation would defeat the four-eyes rule, so it has no route at all.
    disabledPaths: adminPluginPaths,
    rateLimit: { storage: 'database' },
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
