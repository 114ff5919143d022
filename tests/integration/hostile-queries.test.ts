import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import type { Database } from '@/lib/database/prisma-client';
import { createApiToken } from '@/lib/tokens/api-tokens';
import { createActor } from '../setup/actors';
import { testDb } from '../setup/databases';

// Every GET route of the public API, found on disk so a new one is swept too, and the desk's look-ups, fed query
// strings and addresses meant to break them. A filter the API cannot use is a 400 with a message; nothing is
// ever a 500.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const modules = import.meta.glob<{ GET?: Handler }>('/app/api/{v1,desk}/**/route.ts', { eager: true });
const getRoutes = Object.entries(modules)
  .filter(([, module]) => module.GET)
  .map(([file, module]) => ({ path: file.replace(/^\/app/, '').replace(/\/route\.ts$/, ''), GET: module.GET! }));

const hostileValues = [
  // SQL and LIKE metacharacters
  "' OR 1=1 --",
  '"; DROP TABLE "Claim"; --',
  "aqim' UNION SELECT email FROM \"User\" --",
  '%',
  '_',
  '\\',
  '$1',
  '::text',
  // numbers a page size or date should never be
  '-1',
  '0',
  '101',
  '9'.repeat(400),
  '1e308',
  'Infinity',
  'NaN',
  '0x10',
  '1.5',
  '2014-02-30',
  '-271821-04-20',
  // cursors that are not ours
  'not-a-cursor!!',
  Buffer.from(JSON.stringify({ after: "' OR 1=1 --" })).toString('base64url'),
  Buffer.from('null').toString('base64url'),
  'A'.repeat(10_000),
  // text that breaks a careless layer
  '\u0000',
  'aqim\u0000',
  '\u202eaqim',
  '<script>window.__xss=1</script>',
  'x'.repeat(100_000),
  '',
];

const publicParameters = ['q', 'limit', 'cursor', 'entity', 'topic', 'from', 'to', 'grade', 'kind', 'no-such-filter'];
const deskParameters = ['q', 'url', 'exclude', 'statement', 'relation', 'subjectId', 'claimedAt'];

let db: Database;
let token: string;

beforeAll(async () => {
  db = testDb();
  const editor: Actor = await createActor(db, 'EDITOR');
  token = (await createApiToken(editor, { name: 'sweep' })).token;
});
afterAll(() => db.$disconnect());

const unknownId = '00000000-0000-7000-8000-000000000000';

async function call(route: (typeof getRoutes)[number], query: URLSearchParams, id = unknownId) {
  const path = route.path.replace('[id]', encodeURIComponent(id));
  const headers = route.path.startsWith('/api/desk') ? { authorization: `Bearer ${token}` } : undefined;
  const response = await route.GET(new Request(`http://localhost${path}?${query}`, { headers }), { params: Promise.resolve({ id }) });
  return { status: response.status, body: await response.json() };
}

describe('hostile query strings', () => {
  it('finds the routes to sweep', () => {
    expect(getRoutes.map((route) => route.path).sort()).toEqual(
      expect.arrayContaining(['/api/v1/claims', '/api/v1/claims/[id]', '/api/v1/contradictions', '/api/v1/entities', '/api/v1/sources', '/api/v1/topics', '/api/desk/claims']),
    );
  });

  it.each(getRoutes.map((route) => [route.path, route] as const))('%s answers each with a message, never a 500', { timeout: 120_000 }, async (path, route) => {
    const parameters = path.startsWith('/api/desk') ? deskParameters : publicParameters;
    const failures: string[] = [];
    for (const name of parameters) {
      for (const value of hostileValues) {
        const { status, body } = await call(route, new URLSearchParams({ [name]: value }));
        const label = `${name}=${JSON.stringify(value.slice(0, 40))}: ${status}`;
        if (status >= 500) failures.push(label);
        else if (status >= 400 && !(typeof body.error?.message === 'string' && body.error.message.length > 0)) failures.push(`${label} without a message`);
        // The public API answers a usable value (an entity slug "0" that matches nothing) or refuses it.
        else if (path.startsWith('/api/v1') && status !== 200 && status !== 400) failures.push(`${label}, expected 200 or 400`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['SQL in a filter', 'entity', "aqim' OR 1=1 --"],
    ['SQL in a filter', 'topic', '"; DROP TABLE "Claim"; --'],
    ['a LIKE wildcard for a slug', 'entity', '%'],
    ['a NUL byte', 'entity', 'aqim\u0000'],
    ['a huge page size', 'limit', '9'.repeat(400)],
    ['a negative page size', 'limit', '-1'],
    ['no page at all', 'limit', '0'],
    ['a malformed cursor', 'cursor', 'not-a-cursor!!'],
    ['a cursor that is not ours', 'cursor', Buffer.from(JSON.stringify({ after: "' OR 1=1 --" })).toString('base64url')],
    ['a day that does not exist', 'from', '2014-02-30'],
    ['a grade that does not exist', 'grade', 'Z'],
  ])('refuses %s (%s=…) on the claims and contradictions lists with a 400 that names the parameter', async (_, name, value) => {
    for (const path of ['/api/v1/claims', '/api/v1/contradictions'].filter((path) => path === '/api/v1/claims' || !['from', 'grade'].includes(name))) {
      const { status, body } = await call(getRoutes.find((route) => route.path === path)!, new URLSearchParams({ [name]: value }));
      expect(status, path).toBe(400);
      expect(body.error).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/\w/), fields: { [name]: expect.arrayContaining([expect.stringMatching(/\w/)]) } });
    }
  });

  it('refuses a repeated parameter and an unknown one on every public route', async () => {
    for (const route of getRoutes.filter((route) => route.path.startsWith('/api/v1'))) {
      const repeated = await call(route, new URLSearchParams([['limit', '5'], ['limit', '6']]));
      const unknown = await call(route, new URLSearchParams({ sort: 'id; DROP TABLE "Claim"' }));
      for (const { status, body } of [repeated, unknown]) {
        expect(status, route.path).toBe(400);
        expect(body.error.message, route.path).toMatch(/\w/);
      }
    }
  });

  it('answers a hostile id in the address with 404, not a 500', async () => {
    for (const route of getRoutes.filter((route) => route.path.includes('[id]'))) {
      for (const id of ["' OR 1=1 --", '\u0000', '../../etc/passwd', 'x'.repeat(10_000), `${unknownId}'`, unknownId.toUpperCase()]) {
        const { status, body } = await call(route, new URLSearchParams(), id);
        expect(status, `${route.path} ${JSON.stringify(id.slice(0, 40))}`).toBe(404);
        expect(body.error.message).toMatch(/not found/);
      }
    }
  });
});
