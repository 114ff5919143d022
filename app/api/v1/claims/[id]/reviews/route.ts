import { apiRoute } from '@/lib/http/api-route';
import { decideOnClaim } from '@/lib/reviews/decide';

export const POST = apiRoute<{ id: string }>(({ actor, body, params }) => decideOnClaim(actor, params.id, body), { successStatus: 201 });
