import { submitClaim } from '@/lib/claims/submit-claim';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute<{ id: string }>(({ actor, body, params }) => submitClaim(actor, params.id, body));
