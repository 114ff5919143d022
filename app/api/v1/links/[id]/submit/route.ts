import { apiRoute } from '@/lib/http/api-route';
import { submitLink } from '@/lib/links/update-link';

export const POST = apiRoute<{ id: string }>(({ actor, body, params }) => submitLink(actor, params.id, body));
