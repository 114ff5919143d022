import { adminClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';

// The browser side of better-auth: sign-in and sign-out go through its HTTP endpoints, which apply its rate
// limiting and origin checks.
export const authClient = createAuthClient({ plugins: [adminClient()] });
