import 'server-only';
import { getRequestActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/auth/permissions';
import { retryAfterSeconds } from '@/lib/database/unavailable';
import { AppError, fromUnavailableDatabase, httpStatus } from '@/lib/errors';

// The write API's transport: read the caller and the JSON body, call one lib function, answer JSON.
// Errors are `{ "error": { "code", "message", "fields" } }`; a conflict also carries `current`.

export const maxBodyBytes = 1_000_000;

type Handler<P> = (context: { actor: Actor | null; body: unknown; params: P; request: Request }) => Promise<unknown>;

/** `bodyLimit`: the most bytes a body may have; a route that takes many items at once may allow more. */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>, { successStatus = 200, bodyLimit = maxBodyBytes } = {}) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      // Who is asking comes first: an anonymous caller learns nothing about the body's shape.
      const actor = await getRequestActor(request);
      const body = await readJsonBody(request, bodyLimit);
      const result = await handler({ actor, body, params: await context.params, request });
      return result === undefined ? new Response(null, { status: 204 }) : Response.json(result, { status: successStatus });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const text = await readLimited(request, limit);
  if (text === '') return {};
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(request.headers.get('content-type') ?? '')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON (Content-Type: application/json)');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('INVALID', 'The body is not valid JSON');
  }
}

async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  const tooLarge = () => new AppError('TOO_LARGE', `The body is over the limit of ${limit.toLocaleString('en')} bytes`);
  if (declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  // Bytes that are not UTF-8 are refused rather than stored as U+FFFD: the record keeps what was sent, or nothing.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError('INVALID', 'The body is not valid UTF-8');
  }
}

export function errorResponse(caught: unknown) {
  const error = fromUnavailableDatabase(caught);
  if (error instanceof AppError) {
    const headers: HeadersInit = error.code === 'UNAVAILABLE' ? { 'Retry-After': String(retryAfterSeconds) } : {};
    return Response.json({ error: { code: error.code, message: error.message, fields: error.fields, ...error.details } }, { status: httpStatus[error.code], headers });
  }
  console.error(error);
  return Response.json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side', fields: {} } }, { status: 500 });
}
