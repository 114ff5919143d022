import { apiRoute } from '@/lib/http/api-route';
import { updateSource } from '@/lib/sources/update-source';

export const PATCH = apiRoute<{ id: string }>(({ actor, body, params }) => updateSource(actor, params.id, body));
