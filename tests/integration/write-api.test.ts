import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postClaim } from '@/app/api/v1/claims/route';
import { PATCH as patchClaim } from '@/app/api/v1/claims/[id]/route';
import { POST as postSource } from '@/app/api/v1/sources/route';
import type { Actor } from '@/lib/auth/permissions';
import type { Database } from '@/lib/database/prisma-client';
import { maxBodyBytes } from '@/lib/http/api-route';
import { createApiToken, revokeApiToken } from '@/lib/tokens/api-tokens';
import { createActor, uniqueUrl } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

// The write API as a client meets it: JSON in, JSON out, the right status, a personal token for auth.
let db: Database;
let editor: Actor;
let fixtures: ClaimFixtures;
let editorToken: string;
let reviewerToken: string;

beforeAll(async () => {
  db = testDb();
  editor = await createActor(db, 'EDITOR');
  const reviewer = await createActor(db, 'REVIEWER');
  fixtures = await claimFixtures(db, editor);
  editorToken = (await createApiToken(editor, { name: 'tests' })).token;
  reviewerToken = (await createApiToken(reviewer, { name: 'tests' })).token;
});
afterAll(() => db.$disconnect());

const noParams = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

function request(method: string, body: unknown, { token = editorToken, contentType = 'application/json' }: { token?: string | null; contentType?: string } = {}) {
  return new Request('http://localhost/api/v1/test', {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the write API', () => {
  it('creates a claim: 201 with its id, version and status', async () => {
    const response = await postClaim(request('POST', claimInput(fixtures)), noParams);
    expect(response.status).toBe(201);
    const claim = await response.json();
    expect(claim).toMatchObject({ version: 1, status: 'DRAFT', statement: claimInput(fixtures).statement });
    expect(claim.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a stale edit with 409 and the current version', async () => {
    const claim = await (await postClaim(request('POST', claimInput(fixtures)), noParams)).json();
    expect((await patchClaim(request('PATCH', { version: 1, credibility: 1 }), withId(claim.id))).status).toBe(200);
    const stale = await patchClaim(request('PATCH', { version: 1, credibility: 3 }), withId(claim.id));
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error).toMatchObject({ code: 'CONFLICT', current: { version: 2, credibility: 1 } });
  });

  it('answers bad input with 400 and field messages', async () => {
    const response = await postSource(request('POST', { title: 'x', publisher: 'y', kind: 'BLOG', grade: 'B', url: 'ftp://example.org/a' }), noParams);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'INVALID', fields: { url: ['Enter an http:// or https:// address'] } });
    expect((await postSource(request('POST', '{"title": '), noParams)).status).toBe(400);
  });

  it('answers 401 without credentials or with a revoked token, and 403 for a reviewer', async () => {
    const source = { title: 'x', publisher: 'y', kind: 'BLOG', grade: 'B', url: uniqueUrl() };
    expect((await postSource(request('POST', source, { token: null }), noParams)).status).toBe(401);
    expect((await postSource(request('POST', source, { token: 'cc_not-a-real-token' }), noParams)).status).toBe(401);
    expect((await postSource(request('POST', source, { token: reviewerToken }), noParams)).status).toBe(403);
    const revoked = await createApiToken(editor, { name: 'short-lived' });
    await revokeApiToken(editor, revoked.record.id);
    expect((await postSource(request('POST', source, { token: revoked.token }), noParams)).status).toBe(401);
  });

  it('refuses a body over the limit (413) and one that is not JSON (415)', async () => {
    expect((await postSource(request('POST', 'x'.repeat(maxBodyBytes + 1)), noParams)).status).toBe(413);
    expect((await postSource(request('POST', 'title=x', { contentType: 'application/x-www-form-urlencoded' }), noParams)).status).toBe(415);
  });

  it('answers 404 for an unknown claim', async () => {
    const response = await patchClaim(request('PATCH', { version: 1 }), withId('01a1fca6-0000-7000-8000-000000000000'));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
  });
});
