import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { query } from './support/database';
import { authorAdmin, sessionFile } from './support/sign-in';

// Every page and action of the desk and the write API (rows) against anonymous, EDITOR, REVIEWER, ADMIN and the
// author of the item (columns). A probe is built so that an allowed caller gets past authorization without
// changing anything (an empty body is invalid, a version of 999999 is stale), so the outcome is only about who
// may. Server actions call the same lib functions as the API rows. A route that exists but is not in the table
// fails the test.

type Outcome = 'allowed' | 'sign-in' | '401' | '403';
type Column = 'anonymous' | 'editor' | 'reviewer' | 'admin' | 'author';
type Probe = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown };
type Row = { probe: (as: Column) => Probe; expect: Record<Column, Outcome> };

const accounts: Record<Exclude<Column, 'anonymous' | 'author'>, string> = {
  editor: 'editor2@demo.test',
  reviewer: 'reviewer@demo.test',
  admin: 'admin@demo.test',
};

const everyone = { anonymous: 'allowed', editor: 'allowed', reviewer: 'allowed', admin: 'allowed', author: 'allowed' } as const;
const signedIn = { anonymous: 'sign-in', editor: 'allowed', reviewer: 'allowed', admin: 'allowed', author: 'allowed' } as const;
const writers = { anonymous: 'sign-in', editor: 'allowed', reviewer: '403', admin: 'allowed', author: 'allowed' } as const;
const reviewers = { anonymous: 'sign-in', editor: '403', reviewer: 'allowed', admin: 'allowed', author: 'allowed' } as const;
const admins = { anonymous: 'sign-in', editor: '403', reviewer: '403', admin: 'allowed', author: '403' } as const;
const apiSignedIn = { anonymous: '401', editor: 'allowed', reviewer: 'allowed', admin: 'allowed', author: 'allowed' } as const;
const apiWriters = { anonymous: '401', editor: 'allowed', reviewer: '403', admin: 'allowed', author: 'allowed' } as const;
// The author of an item in review is an ADMIN here (reviewers write nothing): their role may decide, four eyes may not.
const apiDeciders = { anonymous: '401', editor: '403', reviewer: 'allowed', admin: 'allowed', author: '403' } as const;

const stale = 999_999;
let ids: Record<string, string> = {};
let claimInReviewByAuthorAdmin: { id: string; version: number };
let linkInReviewByAuthorAdmin: { id: string; version: number };

function table(): Record<string, Row> {
  const page = (url: string, expected: Record<Column, Outcome>): Row => ({ probe: () => ({ method: 'GET', path: url }), expect: expected });
  const write = (method: Probe['method'], url: string, body: unknown, expected: Record<Column, Outcome> = apiWriters): Row => ({
    probe: () => ({ method, path: url, body }),
    expect: expected,
  });
  const decide = (url: string, item: { version: number }): Row => ({
    // The author sends the right version, so only four eyes can refuse them; the others a stale one.
    probe: (as) => ({ method: 'POST', path: url, body: { version: as === 'author' ? item.version : stale, decision: 'APPROVE' } }),
    expect: apiDeciders,
  });
  return {
    'PAGE /': page('/', everyone),
    'PAGE /api': page('/api', everyone),
    'PAGE /sign-in': page('/sign-in', everyone),
    'PAGE /claims/[id]': page(`/claims/${ids.approvedClaim}`, everyone),
    'GET /api/health': page('/api/health', everyone),
    'GET /api/auth/[...all]': page('/api/auth/get-session', everyone),
    // better-auth's own routes: reachable by anyone (an empty sign-in is refused as invalid, not as forbidden).
    'POST /api/auth/[...all]': write('POST', '/api/auth/sign-in/email', {}, everyone),
    'PAGE /desk': page('/desk', signedIn),
    'PAGE /desk/sources': page('/desk/sources', signedIn),
    'PAGE /desk/sources/[id]': page(`/desk/sources/${ids.source}`, signedIn),
    'PAGE /desk/sources/new': page('/desk/sources/new', writers),
    'PAGE /desk/entities': page('/desk/entities', signedIn),
    'PAGE /desk/entities/[id]': page(`/desk/entities/${ids.entity}`, signedIn),
    'PAGE /desk/entities/new': page('/desk/entities/new', writers),
    'PAGE /desk/claims/new': page('/desk/claims/new', writers),
    'PAGE /desk/claims/[id]': page(`/desk/claims/${ids.claim}`, signedIn),
    'PAGE /desk/claims/[id]/history': page(`/desk/claims/${ids.claim}/history`, signedIn),
    'PAGE /desk/links/[id]': page(`/desk/links/${ids.link}`, signedIn),
    'PAGE /desk/settings': page('/desk/settings', signedIn),
    'PAGE /desk/review': page('/desk/review', reviewers),
    'PAGE /desk/review/claims/[id]': page(`/desk/review/claims/${claimInReviewByAuthorAdmin.id}`, reviewers),
    'PAGE /desk/review/links/[id]': page(`/desk/review/links/${linkInReviewByAuthorAdmin.id}`, reviewers),
    'PAGE /desk/admin/users': page('/desk/admin/users', admins),
    'PAGE /desk/admin/audit': page('/desk/admin/audit', admins),
    'GET /api/desk/claims': page('/api/desk/claims?q=AQIM', apiSignedIn),
    'GET /api/desk/conflicts': page('/api/desk/conflicts?statement=AQIM%20backs%20ISIS', apiSignedIn),
    'GET /api/desk/entities': page('/api/desk/entities?q=Zawahri', apiSignedIn),
    'GET /api/desk/sources': page('/api/desk/sources?q=Long', apiSignedIn),
    'POST /api/v1/sources': write('POST', '/api/v1/sources', {}),
    'PATCH /api/v1/sources/[id]': write('PATCH', `/api/v1/sources/${ids.source}`, { version: stale, title: 'x' }),
    'POST /api/v1/entities': write('POST', '/api/v1/entities', {}),
    'PATCH /api/v1/entities/[id]': write('PATCH', `/api/v1/entities/${ids.entity}`, { version: stale, name: 'x' }),
    'POST /api/v1/claims': write('POST', '/api/v1/claims', {}),
    'PATCH /api/v1/claims/[id]': write('PATCH', `/api/v1/claims/${ids.claim}`, { version: stale, credibility: 1 }),
    'POST /api/v1/claims/[id]/submit': write('POST', `/api/v1/claims/${ids.claim}/submit`, { version: stale }),
    'POST /api/v1/claims/[id]/citations': write('POST', `/api/v1/claims/${ids.claim}/citations`, { version: stale, sourceId: ids.source, quote: 'x' }),
    'PATCH /api/v1/citations/[id]': write('PATCH', `/api/v1/citations/${ids.citation}`, { version: stale, locator: 'x' }),
    'DELETE /api/v1/citations/[id]': write('DELETE', `/api/v1/citations/${ids.citation}?version=${stale}`, undefined),
    'POST /api/v1/links': write('POST', '/api/v1/links', {}),
    'PATCH /api/v1/links/[id]': write('PATCH', `/api/v1/links/${ids.link}`, { version: stale, note: 'x' }),
    'POST /api/v1/links/[id]/submit': write('POST', `/api/v1/links/${ids.link}/submit`, { version: stale }),
    'POST /api/v1/claims/[id]/reviews': decide(`/api/v1/claims/${claimInReviewByAuthorAdmin.id}/reviews`, claimInReviewByAuthorAdmin),
    'POST /api/v1/links/[id]/reviews': decide(`/api/v1/links/${linkInReviewByAuthorAdmin.id}/reviews`, linkInReviewByAuthorAdmin),
  };
}

/** Every page and every exported handler under app/, as "PAGE /path" or "METHOD /path". */
function routesOnDisk(): string[] {
  const app = path.resolve(import.meta.dirname, '../app');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      const route = `/${path.relative(app, dir).split(path.sep).join('/')}`.replace(/\/$/, '') || '/';
      if (entry.name === 'page.tsx') found.push(`PAGE ${route}`);
      if (entry.name === 'route.ts') {
        for (const [, method] of readFileSync(full, 'utf8').matchAll(/export (?:const|async function|function) (GET|POST|PATCH|PUT|DELETE)\b/g)) found.push(`${method} ${route}`);
        for (const [, methods] of readFileSync(full, 'utf8').matchAll(/export const \{ ([A-Z, ]+) \}/g)) {
          for (const method of methods.split(',').map((name) => name.trim())) found.push(`${method} ${route}`);
        }
      }
    }
  };
  walk(app);
  return found.sort();
}

async function contextFor(column: Column, baseURL: string, authorEmail: string): Promise<APIRequestContext> {
  const email = column === 'anonymous' ? null : column === 'author' ? authorEmail : accounts[column];
  type Cookie = { name: string; value: string; domain: string; path: string; httpOnly: boolean; secure: boolean; sameSite: 'Lax' };
  const cookies = email ? (JSON.parse(readFileSync(sessionFile(email), 'utf8')) as Cookie[]).map((cookie) => ({ expires: -1, ...cookie })) : [];
  return playwrightRequest.newContext({ baseURL, storageState: { cookies, origins: [] }, extraHTTPHeaders: { origin: baseURL } });
}

function outcomeOf(response: APIResponse): Outcome | `other ${number}` {
  const status = response.status();
  if (status === 401) return '401';
  if (status === 403) return '403';
  if (status >= 300 && status < 400) return /\/sign-in/.test(response.headers().location ?? '') ? 'sign-in' : 'allowed';
  if (status < 500) return 'allowed';
  return `other ${status}`;
}

test.beforeAll(async ({ baseURL }) => {
  const [claim] = await query<{ id: string }>(
    `SELECT c.id FROM "Claim" c JOIN "User" u ON u.id = c."authorId" WHERE u.email = 'editor@demo.test' AND c.status = 'IN_REVIEW' ORDER BY c."createdAt" LIMIT 1`,
  );
  const [citation] = await query<{ id: string }>(
    `SELECT ct.id FROM "Citation" ct JOIN "Claim" c ON c."currentVersionId" = ct."claimVersionId" WHERE c.id = $1 LIMIT 1`,
    [claim.id],
  );
  const [link] = await query<{ id: string }>(`SELECT l.id FROM "ClaimLink" l JOIN "User" u ON u.id = l."createdById" WHERE u.email = 'editor@demo.test' ORDER BY l."createdAt" LIMIT 1`);
  const [approvedClaim] = await query<{ id: string }>(`SELECT id FROM "Claim" WHERE status = 'APPROVED' ORDER BY "createdAt" LIMIT 1`);
  const [source] = await query<{ id: string }>(`SELECT id FROM "Source" ORDER BY "createdAt" LIMIT 1`);
  const [entity] = await query<{ id: string }>(`SELECT id FROM "Entity" ORDER BY "createdAt" LIMIT 1`);
  ids = { claim: claim.id, citation: citation.id, link: link.id, approvedClaim: approvedClaim.id, source: source.id, entity: entity.id };

  // Items in review made by an ADMIN, so the author column holds someone whose role may review.
  const author = await contextFor('author', baseURL!, authorAdmin);
  const created = await (await author.post('/api/v1/claims', {
    data: { statement: 'An administrator’s claim for the matrix', claimedAt: '2014-07-14', credibility: 3, citations: [{ sourceId: source.id, quote: 'matrix' }] },
  })).json();
  claimInReviewByAuthorAdmin = await (await author.post(`/api/v1/claims/${created.id}/submit`, { data: { version: created.version } })).json();
  const linked = await (await author.post('/api/v1/links', { data: { claimAId: created.id, claimBId: approvedClaim.id, kind: 'QUALIFIES' } })).json();
  linkInReviewByAuthorAdmin = await (await author.post(`/api/v1/links/${linked.id}/submit`, { data: { version: linked.version } })).json();
  await author.dispose();
});

test('the table lists every page and route handler there is', () => {
  expect(Object.keys(table()).sort()).toEqual(routesOnDisk());
});

test('every page and action answers each role exactly as the table says', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const columns: Column[] = ['anonymous', 'editor', 'reviewer', 'admin', 'author'];
  const failures: string[] = [];
  for (const column of columns) {
    // The author of the items in review decides on their own work; for the rest, the author of the editor's claim.
    const context = await contextFor(column, baseURL!, column === 'author' ? authorAdmin : '');
    const editorAuthor = column === 'author' ? await contextFor('author', baseURL!, 'editor@demo.test') : null;
    for (const [route, row] of Object.entries(table())) {
      const probe = row.probe(column);
      const decides = /reviews$/.test(route) || /^PAGE \/desk\/review/.test(route);
      const asked = column === 'author' && !decides ? editorAuthor! : context;
      // Each column signs in from an address of its own, so the probe never meets another test's rate limit.
      const headers = { 'x-forwarded-for': `198.51.100.${columns.indexOf(column) + 1}` };
      const response = await asked.fetch(probe.path, { method: probe.method, data: probe.body, headers, maxRedirects: 0 });
      const outcome = outcomeOf(response);
      if (outcome !== row.expect[column]) failures.push(`${route} as ${column}: expected ${row.expect[column]}, got ${outcome} (${response.status()})`);
    }
    await context.dispose();
    await editorAuthor?.dispose();
  }
  expect(failures).toEqual([]);
});
