import { searchDeskClaims } from '@/lib/claims/search-desk-claims';
import { deskLookup } from '@/lib/http/desk-lookup';
import { formatDay } from '@/lib/format/dates';
import { uuid } from '@/lib/validation/fields';

export const GET = deskLookup(async (params) => {
  const exclude = uuid.safeParse(params.get('exclude'));
  const claims = await searchDeskClaims(params.get('q') ?? '', exclude.success ? exclude.data : undefined);
  return claims.map((claim) => ({ id: claim.id, label: claim.statement, hint: `${claim.status.toLowerCase().replace('_', ' ')} · claimed ${formatDay(claim.claimedAt)}` }));
});
