import { updateClaim } from '@/lib/claims/update-claim';
import { apiRoute } from '@/lib/http/api-route';

export const PATCH = apiRoute<{ id: string }>(({ actor, body, params }) => updateClaim(actor, params.id, body));
