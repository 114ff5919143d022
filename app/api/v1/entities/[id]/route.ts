import { updateEntity } from '@/lib/entities/update-entity';
import { apiRoute } from '@/lib/http/api-route';

export const PATCH = apiRoute<{ id: string }>(({ actor, body, params }) => updateEntity(actor, params.id, body));
