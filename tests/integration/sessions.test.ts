import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postSource } from '@/app/api/v1/sources/route';
import { accountSignInLimit } from '@/lib/auth/account-rate-limit';
import { createAuth } from '@/lib/auth/create-auth';
import type { Database } from '@/lib/database/prisma-client';
import { createApiToken } from '@/lib/tokens/api-tokens';
import { uniqueUrl } from '../setup/actors';
import { testDb } from '../setup/databases';

// Sessions as a browser and an attacker meet them, through better-auth's HTTP handler and the write API.
let db: Database;
const password = 'a-long-enough-password';
const origin = process.env.BETTER_AUTH_URL!;

beforeAll(() => {
  db = testDb();
});
afterAll(() => db.$disconnect());

/** An EDITOR with a password, made the way the admin screen makes one. */
async function account(auth = createAuth(db)) {
  const email = `${randomUUID()}@sessions.test`;
  const { user } = await auth.api.createUser({ body: { email, password, name: 'Session Tester', role: 'EDITOR' } });
  return { email, id: user.id };
}

// Client addresses from the documentation ranges, unique per call so no two tests share a window.
let nextAddress = 0;
const freshAddress = () => `198.18.${Math.floor(++nextAddress / 250)}.${(nextAddress % 250) + 1}`;

function signIn(auth: ReturnType<typeof createAuth>, email: string, pass: string, forwardedFor = freshAddress(), cookie?: string) {
  return auth.handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': forwardedFor, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ email, password: pass }),
    }),
  );
}

const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

/** The cookie a browser keeps from signing in, naming the account and the browser, as it would send it back. */
const knownDeviceCookie = (response: Response) => response.headers.getSetCookie().find((cookie) => cookie.includes('known_device='))?.split(';')[0] ?? '';

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax over http, without Secure', async () => {
    const auth = createAuth(db, { baseURL: 'http://localhost:3000' });
    const { email } = await account(auth);
    const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((cookie) => cookie.startsWith('better-auth.session_token='))).toBeDefined();
    for (const cookie of cookies) {
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      expect(cookie).not.toMatch(/;\s*Secure/i);
    }
  });

  it('is also Secure, under the __Secure- prefix, when the site is served over https', async () => {
    const auth = createAuth(db, { baseURL: 'https://counterclaim.example.org' });
    const { email } = await account(auth);
    const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((cookie) => cookie.startsWith('__Secure-better-auth.session_token='))).toBeDefined();
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*HttpOnly.*;\s*Secure|;\s*Secure.*;\s*HttpOnly/i);
  });
});

describe('a refused sign-in', () => {
  it('answers an unknown account and a wrong password alike', async () => {
    const auth = createAuth(db, { rateLimited: true });
    const { email } = await account(auth);
    const unknown = await answer(await signIn(auth, `${randomUUID()}@sessions.test`, 'any-password-at-all'));
    const wrong = await answer(await signIn(auth, email, 'not-the-password'));
    expect(unknown).toEqual(wrong);
    expect(wrong.status).toBe(401);
  });
});

describe('sign-in limits', () => {
  it('stop a fourth try within 10 seconds from one address, whichever accounts it tries, and not another address', async () => {
    const auth = createAuth(db, { rateLimited: true });
    const address = freshAddress();
    for (let i = 0; i < 3; i++) expect((await signIn(auth, `${randomUUID()}@sessions.test`, 'guess', address)).status).toBe(401);
    const limited = await signIn(auth, `${randomUUID()}@sessions.test`, 'guess', address);
    expect(limited.status).toBe(429);
    expect((await signIn(auth, `${randomUUID()}@sessions.test`, 'guess')).status).toBe(401);
  });

  it(`stop a try on one account past ${accountSignInLimit.max} within a minute, from any address, with the per-address answer`, async () => {
    const auth = createAuth(db, { rateLimited: true });
    const { email } = await account(auth);
    for (let i = 0; i < accountSignInLimit.max; i++) expect((await signIn(auth, email, `guess ${i}`)).status).toBe(401);
    const limited = await signIn(auth, email, password);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('x-retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('x-retry-after'))).toBeLessThanOrEqual(accountSignInLimit.windowSeconds);

    // The address limit's answer, word for word; and an account that does not exist is limited the same way.
    const address = freshAddress();
    for (let i = 0; i < 3; i++) await signIn(auth, `${randomUUID()}@sessions.test`, 'guess', address);
    expect(await answer(limited)).toEqual(await answer(await signIn(auth, `${randomUUID()}@sessions.test`, 'guess', address)));
    const nobody = `${randomUUID()}@sessions.test`;
    for (let i = 0; i < accountSignInLimit.max; i++) await signIn(auth, nobody, 'guess');
    expect((await signIn(auth, nobody, 'guess')).status).toBe(429);
  });

  it('forget an account’s failed tries once it signs in', async () => {
    const auth = createAuth(db, { rateLimited: true });
    const { email } = await account(auth);
    for (let i = 0; i < accountSignInLimit.max - 1; i++) await signIn(auth, email, 'wrong');
    expect((await signIn(auth, email, password)).status).toBe(200);
    for (let i = 0; i < accountSignInLimit.max - 1; i++) expect((await signIn(auth, email, 'wrong')).status).toBe(401);
  });

  it('keep an account’s own browser signing in while a stranger uses up the account’s window', async () => {
    const auth = createAuth(db, { rateLimited: true });
    const { email } = await account(auth);
    const ownBrowser = knownDeviceCookie(await signIn(auth, email, password));
    expect(ownBrowser).toMatch(/^better-auth\.known_device=/);
    for (let i = 0; i < accountSignInLimit.max; i++) expect((await signIn(auth, email, `guess ${i}`)).status).toBe(401);
    expect((await signIn(auth, email, password)).status).toBe(429);
    expect((await signIn(auth, email, password, freshAddress(), ownBrowser)).status).toBe(200);
    // The owner signing in does not give the stranger a fresh window.
    expect((await signIn(auth, email, 'one more guess')).status).toBe(429);
  });

  it('limit a known browser’s own tries, and give its cookie no weight on another account, or forged', async () => {
    const auth = createAuth(db, { rateLimited: true });
    const [owner, other] = [await account(auth), await account(auth)];
    const ownBrowser = knownDeviceCookie(await signIn(auth, owner.email, password));
    for (let i = 0; i < accountSignInLimit.max; i++) expect((await signIn(auth, owner.email, `guess ${i}`, freshAddress(), ownBrowser)).status).toBe(401);
    expect((await signIn(auth, owner.email, password, freshAddress(), ownBrowser)).status).toBe(429);

    for (let i = 0; i < accountSignInLimit.max; i++) await signIn(auth, other.email, `guess ${i}`);
    expect((await signIn(auth, other.email, password, freshAddress(), ownBrowser)).status).toBe(429);
    // A guesser who names the account in a cookie of their own, without the server's signature, gets no new window.
    const accountHash = createHash('sha256').update(other.email).digest('hex');
    const forged = `better-auth.known_device=${encodeURIComponent(`${accountHash}:${randomUUID()}.${'A'.repeat(43)}=`)}`;
    expect((await signIn(auth, other.email, password, freshAddress(), forged)).status).toBe(429);
  });

  it('take the client address from the last X-Forwarded-For entry that is not a trusted proxy', async () => {
    const auth = createAuth(db, { rateLimited: true, trustedProxies: ['10.0.0.0/8'] });
    const client = freshAddress();
    // Whatever the client writes in front of its real address, the proxy's entry after it decides.
    for (let i = 0; i < 3; i++) await signIn(auth, `${randomUUID()}@sessions.test`, 'guess', `203.0.113.${i + 1}, ${client}, 10.0.0.2`);
    expect((await signIn(auth, `${randomUUID()}@sessions.test`, 'guess', `203.0.113.99, ${client}, 10.0.0.2`)).status).toBe(429);
    // Another client behind the same proxy has a window of its own.
    expect((await signIn(auth, `${randomUUID()}@sessions.test`, 'guess', `${client}, ${freshAddress()}, 10.0.0.2`)).status).toBe(401);
  });
});

describe('the write API with a session cookie', () => {
  let cookie: string;
  let token: string;
  const source = () => ({ title: 'A cross-site probe', publisher: 'Probe', kind: 'BLOG', grade: 'C', url: uniqueUrl('csrf') });
  const post = (headers: Record<string, string>) =>
    postSource(new Request(`${origin}/api/v1/sources`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(source()) }), {
      params: Promise.resolve({}),
    });

  beforeAll(async () => {
    const auth = createAuth(db);
    const { email, id } = await account(auth);
    const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
    cookie = response.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
    token = (await createApiToken({ id, name: 'Session Tester', email, role: 'EDITOR' }, { name: 'script' })).token;
  });

  it('accepts a request from our own pages', async () => {
    expect((await post({ cookie, origin })).status).toBe(201);
    expect((await post({ cookie, 'sec-fetch-site': 'same-origin', origin })).status).toBe(201);
  });

  it.each([
    ['another site’s Origin', { origin: 'https://attacker.example' }],
    ['Origin null', { origin: 'null' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site', origin: 'https://attacker.example' }],
    ['a sibling site', { 'sec-fetch-site': 'same-site', origin: 'https://other.localhost' }],
    ['no Origin at all', {}],
  ])('refuses %s with 403 and a message, saving nothing', async (_, headers) => {
    const before = await db.source.count();
    const response = await post({ cookie, ...headers });
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toMatch(/another site/);
    expect(await db.source.count()).toBe(before);
  });

  it('accepts a personal token from anywhere: no other site can send it', async () => {
    expect((await post({ authorization: `Bearer ${token}`, origin: 'https://attacker.example' })).status).toBe(201);
  });
});
