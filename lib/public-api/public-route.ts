import 'server-only';
import { errorResponse } from '@/lib/http/api-route';

// The public API's transport: no caller, no body; every answer, errors included, is JSON open to any origin.

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
};

type Handler<P> = (context: { request: Request; url: URL; params: P }) => Promise<Response | unknown>;

export function publicRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    let response: Response;
    try {
      const result = await handler({ request, url: new URL(request.url), params: await context.params });
      response = result instanceof Response ? result : Response.json(result);
    } catch (error) {
      response = errorResponse(error);
    }
    for (const [name, value] of Object.entries(corsHeaders)) response.headers.set(name, value);
    return response;
  };
}

/** An answer already written as JSON text, sent as it is. */
export function jsonTextResponse(json: string) {
  return new Response(json, { headers: { 'Content-Type': 'application/json' } });
}

/** The CORS preflight: only reading is offered to other origins. */
export function publicOptions() {
  return new Response(null, { status: 204, headers: corsHeaders });
}

