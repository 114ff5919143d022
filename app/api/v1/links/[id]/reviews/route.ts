import { apiRoute } from '@/lib/http/api-route';
import { decideOnLink } from '@/lib/reviews/decide';

export const POST = apiRoute<{ id: string }>(({ actor, body, params }) => decideOnLink(actor, params.id, body), { successStatus: 201 });
