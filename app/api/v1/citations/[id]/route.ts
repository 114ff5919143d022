import { removeCitation, updateCitation } from '@/lib/claims/citations';
import { apiRoute } from '@/lib/http/api-route';

export const PATCH = apiRoute<{ id: string }>(({ actor, body, params }) => updateCitation(actor, params.id, body));

// The claim's version may come in the body or, for clients that send no body with DELETE, as ?version=.
export const DELETE = apiRoute<{ id: string }>(({ actor, body, params, request }) => {
  const fromQuery = new URL(request.url).searchParams.get('version');
  const input = body && typeof body === 'object' && 'version' in body ? body : { version: fromQuery };
  return removeCitation(actor, params.id, input);
});
