import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { query } from './support/database';
import { routesOnDisk } from './support/routes';
import { authorAdmin, requestAs } from './support/sign-in';

// Every page and action of the desk and the write API (rows) against anonymous, EDITOR, REVIEWER, ADMIN and the
// author of the item (columns). A probe is built so that an allowed caller gets past authorization without
// changing anything (an empty body is invalid, a version of 999999 is stale), so the outcome is only about who
// may. Server actions call the same lib functions as the API rows. A route that exists but is not in the table
// fails the test.

type Outcome = 'allowed' | 'sign-in' | '401' | '403';
type Column = 'anonymous' | 'editor' | 'reviewer' | 'admin' | 'author';
type Probe = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'OPTIONS'; path: string; body?: unknown };
/** `ok`: the status an allowed caller gets for this probe (a page 200, an empty body 400, a stale version 409). */
type Row = { probe: (as: Column) => Probe; expect: Record<Column, Outcome>; ok: number[] };

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
  const page = (url: string, expected: Record<Column, Outcome>, ok = [200]): Row => ({ probe: () => ({ method: 'GET', path: url }), expect: expected, ok });
  const write = (method: Probe['method'], url: string, body: unknown, ok: number, expected: Record<Column, Outcome> = apiWriters): Row => ({
    probe: () => ({ method, path: url, body }),
    expect: expected,
    ok: [ok],
  });
  const decide = (url: string, item: { version: number }): Row => ({
    // The author sends the right version, so only four eyes can refuse them; the others a stale one.
    probe: (as) => ({ method: 'POST', path: url, body: { version: as === 'author' ? item.version : stale, decision: 'APPROVE' } }),
    expect: apiDeciders,
    ok: [409],
  });
  const preflight = (url: string): Row => ({ probe: () => ({ method: 'OPTIONS', path: url }), expect: everyone, ok: [204] });
  return {
    'GET /api/v1/claims': page('/api/v1/claims', everyone),
    'OPTIONS /api/v1/claims': preflight('/api/v1/claims'),
    'GET /api/v1/claims/[id]': page(`/api/v1/claims/${ids.approvedClaim}`, everyone),
    'OPTIONS /api/v1/claims/[id]': preflight(`/api/v1/claims/${ids.approvedClaim}`),
    'GET /api/v1/contradictions': page('/api/v1/contradictions', everyone),
    'OPTIONS /api/v1/contradictions': preflight('/api/v1/contradictions'),
    'GET /api/v1/contradictions/[id]': page(`/api/v1/contradictions/${ids.contradiction}`, everyone),
    'OPTIONS /api/v1/contradictions/[id]': preflight(`/api/v1/contradictions/${ids.contradiction}`),
    'GET /api/v1/sources': page('/api/v1/sources', everyone),
    'OPTIONS /api/v1/sources': preflight('/api/v1/sources'),
    'GET /api/v1/entities': page('/api/v1/entities', everyone),
    'OPTIONS /api/v1/entities': preflight('/api/v1/entities'),
    'GET /api/v1/topics': page('/api/v1/topics', everyone),
    'OPTIONS /api/v1/topics': preflight('/api/v1/topics'),
    'GET /api/v1/search': page('/api/v1/search?q=Zawahri', everyone),
    'OPTIONS /api/v1/search': preflight('/api/v1/search'),
    'GET /export/claims.csv': page('/export/claims.csv', everyone),
    'GET /export/claims.json': page('/export/claims.json', everyone),
    'PAGE /': page('/', everyone),
    'PAGE /key': page('/key', everyone),
    'PAGE /search': page('/search?q=Zawahri', everyone),
    'PAGE /sources': page('/sources', everyone),
    'PAGE /sources/[id]': page(`/sources/${ids.citedSource}`, everyone),
    'PAGE /topics': page('/topics', everyone),
    'PAGE /topics/[slug]': page('/topics/aqim-isis-allegiance-2014', everyone),
    'PAGE /entities/[slug]': page('/entities/aqim', everyone),
    'GET /feed.xml': page('/feed.xml', everyone),
    'PAGE /contradictions/[id]': page(`/contradictions/${ids.contradiction}`, everyone),
    'PAGE /api-docs': page('/api', everyone),
    'PAGE /sign-in': page('/sign-in', everyone, [200, 307]),
    'PAGE /claims/[id]': page(`/claims/${ids.approvedClaim}`, everyone),
    'PAGE /claims/[id]/related': page(`/claims/${ids.contradictedClaim}/related?kind=contradicts`, everyone),
    'GET /api/health': page('/api/health', everyone),
    // The benchmark's ceiling: no database, no data, the same 200 for everyone.
    'GET /api/bench/ceiling': page('/api/bench/ceiling', everyone),
    // Its floor: a public page that reads nothing.
    'PAGE /bench/floor': page('/bench/floor', everyone),
    'GET /api/auth/[...all]': page('/api/auth/get-session', everyone),
    // better-auth's own routes: reachable by anyone (an empty sign-in is refused as invalid, not as forbidden).
    'POST /api/auth/[...all]': write('POST', '/api/auth/sign-in/email', {}, 400, everyone),
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
    'POST /api/v1/sources': write('POST', '/api/v1/sources', {}, 400),
    'PATCH /api/v1/sources/[id]': write('PATCH', `/api/v1/sources/${ids.source}`, { version: stale, title: 'x' }, 409),
    'POST /api/v1/entities': write('POST', '/api/v1/entities', {}, 400),
    'PATCH /api/v1/entities/[id]': write('PATCH', `/api/v1/entities/${ids.entity}`, { version: stale, name: 'x' }, 409),
    'POST /api/v1/claims': write('POST', '/api/v1/claims', {}, 400),
    'POST /api/v1/claims/batch': write('POST', '/api/v1/claims/batch', {}, 400),
    'PATCH /api/v1/claims/[id]': write('PATCH', `/api/v1/claims/${ids.claim}`, { version: stale, credibility: 1 }, 409),
    'POST /api/v1/claims/[id]/submit': write('POST', `/api/v1/claims/${ids.claim}/submit`, { version: stale }, 409),
    'POST /api/v1/claims/[id]/citations': write('POST', `/api/v1/claims/${ids.claim}/citations`, { version: stale, sourceId: ids.source, quote: 'x' }, 409),
    'PATCH /api/v1/citations/[id]': write('PATCH', `/api/v1/citations/${ids.citation}`, { version: stale, locator: 'x' }, 409),
    'DELETE /api/v1/citations/[id]': write('DELETE', `/api/v1/citations/${ids.citation}?version=${stale}`, undefined, 409),
    'POST /api/v1/links': write('POST', '/api/v1/links', {}, 400),
    'PATCH /api/v1/links/[id]': write('PATCH', `/api/v1/links/${ids.link}`, { version: stale, note: 'x' }, 409),
    'POST /api/v1/links/[id]/submit': write('POST', `/api/v1/links/${ids.link}/submit`, { version: stale }, 409),
    'POST /api/v1/claims/[id]/reviews': decide(`/api/v1/claims/${claimInReviewByAuthorAdmin.id}/reviews`, claimInReviewByAuthorAdmin),
    'POST /api/v1/links/[id]/reviews': decide(`/api/v1/links/${linkInReviewByAuthorAdmin.id}/reviews`, linkInReviewByAuthorAdmin),
  };
}

// Server actions are reached through their pages; each calls one lib function, and that function's authorization is
// what the rows above (the API route calling the same function) or the named integration test assert.
const serverActions: Record<string, string> = {
  'app/desk/admin/users/actions.ts#createUserAction': 'lib/users/create-user.ts: tests/integration/users.test.ts, refused for EDITOR, REVIEWER, anonymous',
  'app/desk/admin/users/actions.ts#setUserRoleAction': 'lib/users/set-user-role.ts: tests/integration/users.test.ts',
  'app/desk/admin/users/actions.ts#setAccountStatusAction': 'lib/users/deactivate-user.ts, reactivate-user.ts: tests/integration/users.test.ts',
  'app/desk/claims/actions.ts#saveClaimAction': 'POST /api/v1/claims, PATCH /api/v1/claims/[id] (lib/claims/save-claim.ts composes them)',
  'app/desk/claims/actions.ts#submitClaimAction': 'POST /api/v1/claims/[id]/submit',
  'app/desk/claims/actions.ts#linkClaimAction': 'POST /api/v1/links',
  'app/desk/claims/actions.ts#quickAddSourceAction': 'POST /api/v1/sources',
  'app/desk/entities/actions.ts#createEntityAction': 'POST /api/v1/entities',
  'app/desk/entities/actions.ts#updateEntityAction': 'PATCH /api/v1/entities/[id]',
  'app/desk/links/actions.ts#updateLinkAction': 'PATCH /api/v1/links/[id]',
  'app/desk/links/actions.ts#submitLinkAction': 'POST /api/v1/links/[id]/submit',
  'app/desk/review/actions.ts#decideOnClaimAction': 'POST /api/v1/claims/[id]/reviews',
  'app/desk/review/actions.ts#decideOnLinkAction': 'POST /api/v1/links/[id]/reviews',
  'app/desk/settings/actions.ts#createTokenAction': 'lib/tokens/api-tokens.ts: tests/integration/api-tokens.test.ts, anonymous refused',
  'app/desk/settings/actions.ts#revokeTokenAction': 'lib/tokens/api-tokens.ts: tests/integration/api-tokens.test.ts, another user’s token not found',
  'app/desk/sources/actions.ts#createSourceAction': 'POST /api/v1/sources',
  'app/desk/sources/actions.ts#updateSourceAction': 'PATCH /api/v1/sources/[id]',
};

/** Every exported server action under app/, as "file#name". */
function serverActionsOnDisk(): string[] {
  const root = path.resolve(import.meta.dirname, '..');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'actions.ts') {
        for (const [, name] of readFileSync(full, 'utf8').matchAll(/^export async function (\w+)/gm)) found.push(`${path.relative(root, full)}#${name}`);
      }
    }
  };
  walk(path.join(root, 'app'));
  return found.sort();
}

async function contextFor(column: Column, baseURL: string, authorEmail: string): Promise<APIRequestContext> {
  return requestAs(baseURL, column === 'anonymous' ? null : column === 'author' ? authorEmail : accounts[column]);
}

function outcomeOf(response: APIResponse, ok: number[]): Outcome | `other ${number}` {
  const status = response.status();
  if (status === 401) return '401';
  if (status === 403) return '403';
  if (status === 307 && /\/sign-in/.test(response.headers().location ?? '')) return 'sign-in';
  return ok.includes(status) ? 'allowed' : `other ${status}`;
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
  const [contradiction] = await query<{ id: string; claimAId: string }>(
    `SELECT id, "claimAId" FROM "ClaimLink" WHERE kind = 'CONTRADICTS' AND status = 'APPROVED' ORDER BY "createdAt" LIMIT 1`,
  );
  const [source] = await query<{ id: string }>(`SELECT id FROM "Source" ORDER BY "createdAt" LIMIT 1`);
  const [citedSource] = await query<{ id: string }>(`SELECT id FROM "Source" WHERE title LIKE '%Caliphate%claim sparks%' AND snapshot IS NOT NULL LIMIT 1`);
  const [entity] = await query<{ id: string }>(`SELECT id FROM "Entity" ORDER BY "createdAt" LIMIT 1`);
  ids = { claim: claim.id, citation: citation.id, link: link.id, approvedClaim: approvedClaim.id, contradiction: contradiction.id, contradictedClaim: contradiction.claimAId, citedSource: citedSource.id, source: source.id, entity: entity.id };

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

test('the table lists every page, route handler and server action there is', () => {
  expect(Object.keys(table()).sort()).toEqual(routesOnDisk());
  expect(Object.keys(serverActions).sort()).toEqual(serverActionsOnDisk());
  for (const coverage of Object.values(serverActions)) {
    const row = /^(GET|POST|PATCH|DELETE) [^\s,]+/.exec(coverage)?.[0];
    if (row) expect(Object.keys(table()), coverage).toContain(row);
  }
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
      const outcome = outcomeOf(response, row.ok);
      if (outcome !== row.expect[column]) failures.push(`${route} as ${column}: expected ${row.expect[column]}, got ${outcome} (${response.status()})`);
    }
    await context.dispose();
    await editorAuthor?.dispose();
  }
  expect(failures).toEqual([]);
});
