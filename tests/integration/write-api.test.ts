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
    body: typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body),
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

  it('refuses a body over the limit (413) and one that is not JSON (415), with a message, saving nothing', async () => {
    const before = await db.source.count();
    const streamed = await postSource(request('POST', 'x'.repeat(maxBodyBytes + 1)), noParams);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error).toMatchObject({ code: 'TOO_LARGE', message: 'The body is over the limit of 1,000,000 bytes' });
    // A declared length over the limit is refused before the body is read.
    const declared = new Request('http://localhost/api/v1/sources', {
      method: 'POST',
      headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json', 'content-length': String(maxBodyBytes + 1) },
      body: '{}',
    });
    expect((await postSource(declared, noParams)).status).toBe(413);
    const form = await postSource(request('POST', 'title=x', { contentType: 'application/x-www-form-urlencoded' }), noParams);
    expect(form.status).toBe(415);
    expect((await form.json()).error.message).toMatch(/Content-Type: application\/json/);
    expect(await db.source.count()).toBe(before);
  });

  it('refuses a body that is not UTF-8, and text with a NUL or an unpaired surrogate, with a 400 and a message', async () => {
    const before = await db.claim.count();
    const bytes = Buffer.concat([Buffer.from('{"statement": "AQIM '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
    const notUtf8 = await postClaim(request('POST', new Blob([bytes])), noParams);
    expect(notUtf8.status).toBe(400);
    expect((await notUtf8.json()).error.message).toBe('The body is not valid UTF-8');
    for (const statement of ['AQIM\u0000 backs ISIS', 'AQIM \ud800 backs ISIS']) {
      const response = await postClaim(request('POST', claimInput(fixtures, { statement })), noParams);
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields.statement).toEqual(['Remove the NUL or broken character in this text']);
    }
    const nulInQuote = claimInput(fixtures, { citations: [{ sourceId: fixtures.source.id, quote: 'we \u0000 pledge' }] });
    expect((await (await postClaim(request('POST', nulInQuote), noParams)).json()).error.fields['citations.0.quote']).toEqual(['Remove the NUL or broken character in this text']);
    expect(await db.claim.count()).toBe(before);
  });

  it('answers 404 for an unknown claim', async () => {
    const response = await patchClaim(request('PATCH', { version: 1 }), withId('01a1fca6-0000-7000-8000-000000000000'));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
  });
});
