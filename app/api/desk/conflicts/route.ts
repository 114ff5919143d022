import { conflictQuerySchema, suggestConflicts } from '@/lib/claims/suggest-conflicts';
import { parseInput } from '@/lib/errors';
import { deskLookup } from '@/lib/http/desk-lookup';

// While an editor writes a claim: candidate conflicts for what the form holds so far.
export const GET = deskLookup((params) => suggestConflicts(parseInput(conflictQuerySchema, Object.fromEntries(params))));
