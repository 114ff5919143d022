import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markDatabaseUnavailable } from '@/lib/runtime/request-state';
import { answerUnavailableWith503 } from '@/lib/runtime/unavailable-responses';

// A plain Node server standing in for Next.js: it answers 500 after an await, as a failed render does, having
// marked the request (as instrumentation.ts's onRequestError does) or not.
let server: http.Server;
let base: string;

beforeAll(async () => {
  answerUnavailableWith503();
  server = http.createServer(async (request, response) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (request.url === '/database-down') markDatabaseUnavailable();
    response.statusCode = request.url === '/fine' ? 200 : 500;
    response.end('body');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('answerUnavailableWith503', () => {
  it('turns the 500 of a request that failed on the database into a 503 with Retry-After', async () => {
    const response = await fetch(`${base}/database-down`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
  });

  it('leaves other failures, and the requests around them, as they were', async () => {
    const [bug, down, fine] = await Promise.all([fetch(`${base}/bug`), fetch(`${base}/database-down`), fetch(`${base}/fine`)]);
    expect([bug.status, down.status, fine.status]).toEqual([500, 503, 200]);
    expect(bug.headers.get('retry-after')).toBeNull();
  });
});
