import 'server-only';
import { z } from 'zod';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { notFound, parseInput } from '@/lib/errors';
import { uuid, version } from '@/lib/validation/fields';
import { citationSchema } from './claim-schema';
import { reviseClaim } from './revise-claim';

// The write API's citation endpoints. Each is an edit of the claim (a new version), so each carries the
// claim's version; the claim's rules and validation apply unchanged.

const versionOnly = z.object({ version });
const citationFields = Object.keys(citationSchema.shape).filter((field) => field !== 'id');

export async function addCitation(actor: Actor | null, claimId: string, input: unknown) {
  const editor = authorize(actor, 'claim:write');
  const { version: expected } = parseInput(versionOnly, input);
  const citation = parseInput(citationSchema.omit({ id: true }), input);
  const claim = await reviseClaim(editor, claimId, expected, (current) => ({ ...current, citations: [...(current.citations as object[]), citation] }), 'citation.add');
  // The created item is the citation (the last of the new version's); the claim's new version comes with it.
  return { ...claim, citation: claim.citations[claim.citations.length - 1] };
}

export async function updateCitation(actor: Actor | null, citationId: string, input: unknown) {
  const editor = authorize(actor, 'claim:write');
  const { version: expected } = parseInput(versionOnly, input);
  const sent = input as Record<string, unknown>;
  const claimId = await claimOfCitation(citationId);
  return reviseClaim(
    editor,
    claimId,
    expected,
    (current) => ({
      ...current,
      citations: (current.citations as { id: string }[]).map((citation) =>
        citation.id === citationId ? { ...citation, ...Object.fromEntries(citationFields.filter((field) => field in sent).map((field) => [field, sent[field]])) } : citation,
      ),
    }),
    'citation.update',
  );
}

export async function removeCitation(actor: Actor | null, citationId: string, input: unknown) {
  const editor = authorize(actor, 'claim:write');
  const { version: expected } = parseInput(versionOnly, input);
  const claimId = await claimOfCitation(citationId);
  return reviseClaim(
    editor,
    claimId,
    expected,
    (current) => ({ ...current, citations: (current.citations as { id: string }[]).filter((citation) => citation.id !== citationId) }),
    'citation.remove',
  );
}

/** The claim whose current version holds this citation; a citation dropped in an earlier edit is not found. */
async function claimOfCitation(citationId: string) {
  if (!uuid.safeParse(citationId).success) throw notFound('Citation');
  const citation = await db.citation.findFirst({
    where: { id: citationId, claimVersion: { currentOf: { isNot: null } } },
    select: { claimVersion: { select: { claimId: true } } },
  });
  if (!citation) throw notFound('Citation');
  return citation.claimVersion.claimId;
}

