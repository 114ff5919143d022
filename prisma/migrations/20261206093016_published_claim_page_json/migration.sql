-- A claim page, a contradiction page and each page of search results built their claims' JSON from eight tables
-- on every first visit: about 1.5 ms of Postgres's time for a contradiction's two claims, and half a millisecond a
-- claim for a page of search results. The database now keeps that JSON beside the API's (published_claim_json),
-- written by the same function, so the same triggers keep both current and the same queue defers both
-- (deferred_claim_json). It is PublicClaim's published version and sign-off (lib/public-api/to-claim-json.ts),
-- as lib/public-api/read-public-claims.ts reads it; the claim's status and retraction are read with it, since a
-- retraction changes neither. Text, as the API's is (see schema.prisma); casting it to json as a page's statement
-- places it into its JSON cost Postgres about 7 µs a claim. tests/integration/read-public-claims.test.ts holds it equal to Prisma's select.
ALTER TABLE "PublishedClaimJson" ADD COLUMN "page" TEXT;

-- A published claim's version and sign-off as the public pages read them: days as dates, moments in UTC.
CREATE FUNCTION counterclaim_claim_page_json(claim_id uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT json_build_object(
    'version', json_build_object(
      'id', v.id, 'version', v.version, 'statement', v.statement,
      'claimedAt', v."claimedAt", 'validFrom', v."validFrom", 'validTo', v."validTo",
      'credibility', v.credibility, 'credibilityNote', v."credibilityNote", 'polarity', v.polarity,
      'claimant', (SELECT json_build_object('slug', e.slug, 'name', e.name) FROM "Entity" e WHERE e.id = v."claimantId"),
      'subject', (SELECT json_build_object('slug', e.slug, 'name', e.name) FROM "Entity" e WHERE e.id = v."subjectId"),
      'relation', (SELECT json_build_object('label', r.label) FROM "Relation" r WHERE r.key = v."relationKey"),
      'object', (SELECT json_build_object('slug', e.slug, 'name', e.name) FROM "Entity" e WHERE e.id = v."objectId"),
      'topics', coalesce((
        SELECT json_agg(json_build_object('topic', json_build_object('slug', t.slug, 'title', t.title)) ORDER BY t.title, t.slug)
        FROM "ClaimVersionTopic" vt JOIN "Topic" t ON t.id = vt."topicId"
        WHERE vt."claimVersionId" = v.id), '[]'),
      'citations', coalesce((
        SELECT json_agg(json_build_object(
          'id', ci.id, 'quote', ci.quote, 'originalQuote', ci."originalQuote", 'originalLanguage', ci."originalLanguage",
          'translation', ci.translation, 'translator', ci.translator, 'locator', ci.locator, 'attributedTo', ci."attributedTo",
          'source', json_build_object(
            'id', s.id, 'title', s.title, 'url', s.url, 'publisher', s.publisher, 'publishedAt', s."publishedAt",
            'grade', s.grade, 'gradeNote', s."gradeNote", 'kind', s.kind,
            'correctionKind', s."correctionKind", 'correctedAt', s."correctedAt", 'correctionNote', s."correctionNote")
        ) ORDER BY ci.position)
        FROM "Citation" ci JOIN "Source" s ON s.id = ci."sourceId"
        WHERE ci."claimVersionId" = v.id), '[]')
    ),
    -- The sign-off is the latest approval of the published version, as signOffJson in read-public-claims.ts.
    'signOff', (
      SELECT json_build_object('createdAt', to_char(rv."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'reviewer', json_build_object('name', u.name))
      FROM "Review" rv JOIN "User" u ON u.id = rv."reviewerId"
      WHERE rv."claimVersionId" = v.id AND rv.decision = 'APPROVE'
      ORDER BY rv."createdAt" DESC LIMIT 1))::text
  FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId"
  WHERE c.id = claim_id;
$$;

CREATE OR REPLACE FUNCTION counterclaim_refresh_claim_json(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PublishedClaimJsonPending" WHERE "claimId" = ANY(claim_ids);
  DELETE FROM "PublishedClaimJson" j
  WHERE j."claimId" = ANY(claim_ids)
    AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = j."claimId" AND c."publishedVersionId" IS NOT NULL);
  INSERT INTO "PublishedClaimJson" ("claimId", "json", "page")
  SELECT c.id, counterclaim_claim_json(c.id), counterclaim_claim_page_json(c.id) FROM "Claim" c
  WHERE c.id = ANY(claim_ids) AND c."publishedVersionId" IS NOT NULL
  ON CONFLICT ("claimId") DO UPDATE SET "json" = EXCLUDED."json", "page" = EXCLUDED."page";
$$;

UPDATE "PublishedClaimJson" SET "page" = counterclaim_claim_page_json("claimId");
ALTER TABLE "PublishedClaimJson" ALTER COLUMN "page" SET NOT NULL;

-- The pages show a source's kind and its correction too, which the API's JSON does not.
CREATE OR REPLACE FUNCTION counterclaim_sources_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  retitled uuid[] := ARRAY(SELECT n.id FROM new_sources n JOIN old_sources o ON o.id = n.id WHERE n."searchVector" IS DISTINCT FROM o."searchVector");
  edited uuid[] := ARRAY(
    SELECT n.id FROM new_sources n JOIN old_sources o ON o.id = n.id
    WHERE (n.title, n.url, n.publisher, n."publishedAt", n.grade, n."gradeNote", n.kind, n."correctionKind", n."correctedAt", n."correctionNote")
      IS DISTINCT FROM (o.title, o.url, o.publisher, o."publishedAt", o.grade, o."gradeNote", o.kind, o."correctionKind", o."correctedAt", o."correctionNote"));
BEGIN
  IF cardinality(retitled) + cardinality(edited) > 0 THEN
    PERFORM counterclaim_lock_published();
    -- Search has no fallback: a retitled source's claims are found by its new title as soon as it commits.
    PERFORM counterclaim_refresh_search(ARRAY(
      SELECT DISTINCT c.id FROM "Citation" ci JOIN "Claim" c ON c."publishedVersionId" = ci."claimVersionId"
      WHERE ci."sourceId" = ANY(retitled)));
    PERFORM counterclaim_defer_claim_json(ARRAY(
      SELECT DISTINCT c.id FROM "Citation" ci JOIN "Claim" c ON c."publishedVersionId" = ci."claimVersionId"
      WHERE ci."sourceId" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;
