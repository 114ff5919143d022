import { apiRoute } from '@/lib/http/api-route';
import { createLink } from '@/lib/links/create-link';

export const POST = apiRoute(({ actor, body }) => createLink(actor, body), { successStatus: 201 });
