import 'server-only';
import { getRequestActor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/permissions';
import { errorResponse } from './api-route';

/** A desk picker's JSON look-up: signed-in desk users only, `{ data: [...] }`. */
export function deskLookup(find: (params: URLSearchParams) => Promise<unknown[]>) {
  return async (request: Request) => {
    try {
      authorize(await getRequestActor(request), 'desk:read');
      return Response.json({ data: await find(new URL(request.url).searchParams) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
