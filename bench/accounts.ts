import { randomBytes } from 'node:crypto';
import { createAuth } from '@/lib/auth/create-auth';
import { createPrismaClient } from '@/lib/database/prisma-client';
import { withClient } from '@/lib/database/with-client';
import { hashToken, tokenPrefix } from '@/lib/tokens/token-hash';

// The benchmark's two people who act over HTTP: a reviewer who signs in to the review queue, and an editor whose
// personal API token imports claims through the write API. Created through better-auth (its password hashing)
// as the demo loader and the browser tests create theirs.

export const benchPassword = 'counterclaim-bench-password';
export const benchReviewer = 'reviewer@bench.test';
const benchEditor = 'editor@bench.test';

export async function createBenchAccounts(databaseUrl: string, auth: { secret: string; baseURL: string }) {
  const database = createPrismaClient(databaseUrl);
  try {
    const accounts = createAuth(database, auth);
    await accounts.api.createUser({ body: { email: benchReviewer, password: benchPassword, name: 'Bench Reviewer', role: 'REVIEWER' } });
    const editor = await accounts.api.createUser({ body: { email: benchEditor, password: benchPassword, name: 'Bench Editor', role: 'EDITOR' } });
    const token = `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
    await withClient(databaseUrl, (client) =>
      client.query('INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", "tokenPrefix") VALUES (gen_random_uuid(), $1, $2, $3, $4)', [
        editor.user.id,
        'bulk import',
        hashToken(token),
        token.slice(0, 10),
      ]),
    );
    return { editorId: editor.user.id, editorToken: token };
  } finally {
    await database.$disconnect();
  }
}

/** Signs the reviewer in as a browser would (an Origin header, its own forwarded address for the per-address
 *  rate limit) and returns the session cookie to send with each request. */
export async function signInReviewer(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': '198.51.100.60' },
    body: JSON.stringify({ email: benchReviewer, password: benchPassword }),
  });
  if (!response.ok) throw new Error(`the bench reviewer could not sign in (${response.status})`);
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}
