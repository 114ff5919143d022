import { Prisma } from '@/lib/generated/prisma/client';
import { entityJson, moment, retractionJson, signOffJson } from './read-public-claims';

// A claim in the API's format, written by Postgres as JSON text, which the claim list passes on untouched. Read as
// PublicClaim objects and written out by toClaimJson, a deep page of 25 claims (about 60 kB) cost the server its
// JSON parsed, reshaped, measured for the cache and serialized again. toClaimJson (to-claim-json.ts) stays the
// definition of the format, for single claims, search and the exports; a test holds this SQL to it.

/** The published claim `c`, with its published version `v`, as toClaimJson(claim, origin) gives it. */
export const apiClaimJson = (origin: string) => Prisma.sql`json_build_object(
  'id', c.id,
  'statement', v.statement,
  'claimedAt', v."claimedAt", 'validFrom', v."validFrom", 'validTo', v."validTo",
  'credibility', v.credibility, 'credibilityNote', v."credibilityNote",
  'claimant', ${entityJson(Prisma.sql`v."claimantId"`)},
  'subject', ${entityJson(Prisma.sql`v."subjectId"`)},
  'relation', (SELECT r.label FROM "public"."Relation" r WHERE r.key = v."relationKey"),
  'object', ${entityJson(Prisma.sql`v."objectId"`)},
  'polarity', v.polarity,
  'topics', coalesce((
    SELECT json_agg(json_build_object('slug', t.slug, 'title', t.title) ORDER BY t.title, t.slug)
    FROM "public"."ClaimVersionTopic" vt JOIN "public"."Topic" t ON t.id = vt."topicId"
    WHERE vt."claimVersionId" = v.id), '[]'),
  'citations', coalesce((
    SELECT json_agg(json_build_object(
      'quote', ci.quote, 'originalQuote', ci."originalQuote", 'originalLanguage', ci."originalLanguage",
      'translation', ci.translation, 'translator', ci.translator, 'locator', ci.locator, 'attributedTo', ci."attributedTo",
      'source', json_build_object(
        'id', s.id, 'title', s.title, 'url', s.url, 'publisher', s.publisher, 'publishedAt', s."publishedAt",
        'grade', s.grade, 'gradeNote', s."gradeNote")
    ) ORDER BY ci.position)
    FROM "public"."Citation" ci JOIN "public"."Source" s ON s.id = ci."sourceId"
    WHERE ci."claimVersionId" = v.id), '[]'),
  'signOff', ${signOffJson('claimVersionId', Prisma.sql`v.id`, Prisma.sql`'reviewer', u.name, 'date', to_char(rv."createdAt", 'YYYY-MM-DD')`)},
  'version', v.version,
  'url', ${`${origin}/claims/`} || c.id,
  'retracted', ${retractionJson(Prisma.sql`c.status`, 'claimId', Prisma.sql`c.id`, Prisma.sql`'at', ${moment(Prisma.sql`rv."createdAt"`)}, 'note', rv.note`)}
)`;
