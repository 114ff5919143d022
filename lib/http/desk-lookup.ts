import 'server-only';
import { getRequestActor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { isStorableText, unstorableMessage } from '@/lib/validation/fields';
import { errorResponse } from './api-route';

/** A desk picker's JSON look-up: signed-in desk users only, `{ data: [...] }`. */
export function deskLookup(find: (params: URLSearchParams) => Promise<unknown[]>) {
  return async (request: Request) => {
    try {
      authorize(await getRequestActor(request), 'desk:read');
      const params = new URL(request.url).searchParams;
      // Each look-up reads its parameters as it needs them; none of them may carry what the database refuses.
      for (const [name, value] of params) {
        if (!isStorableText(value)) throw new AppError('INVALID', unstorableMessage, { [name]: [unstorableMessage] });
      }
      return Response.json({ data: await find(params) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
