import { apiRoute } from '@/lib/http/api-route';
import { createSource } from '@/lib/sources/create-source';

export const POST = apiRoute(({ actor, body }) => createSource(actor, body), { successStatus: 201 });
