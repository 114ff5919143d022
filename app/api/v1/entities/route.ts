import { createEntity } from '@/lib/entities/create-entity';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(({ actor, body }) => createEntity(actor, body), { successStatus: 201 });
