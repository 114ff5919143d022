import { createClaim } from '@/lib/claims/create-claim';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(({ actor, body }) => createClaim(actor, body), { successStatus: 201 });
