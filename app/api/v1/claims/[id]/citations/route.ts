import { addCitation } from '@/lib/claims/citations';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute<{ id: string }>(({ actor, body, params }) => addCitation(actor, params.id, body), { successStatus: 201 });
