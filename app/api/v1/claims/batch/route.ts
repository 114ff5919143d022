import { createClaims, maxBatchBodyBytes } from '@/lib/claims/create-claims';
import { apiRoute } from '@/lib/http/api-route';

// Bulk import: up to 500 new claims in one request, saved all or none.
export const POST = apiRoute(({ actor, body }) => createClaims(actor, body), { successStatus: 201, bodyLimit: maxBatchBodyBytes });
