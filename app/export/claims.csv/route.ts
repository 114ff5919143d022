import { plainRoute } from '@/lib/http/plain-route';
import { exportClaims } from '@/lib/public-api/export-claims';

// Always read at request time: the export is the record as it stands now.
export const dynamic = 'force-dynamic';

export const GET = plainRoute((request: Request) => exportClaims(request, 'csv'));
