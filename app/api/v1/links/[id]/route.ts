import { apiRoute } from '@/lib/http/api-route';
import { updateLink } from '@/lib/links/update-link';

export const PATCH = apiRoute<{ id: string }>(({ actor, body, params }) => updateLink(actor, params.id, body));
