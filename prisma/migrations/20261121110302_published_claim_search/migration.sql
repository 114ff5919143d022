-- DropIndex
DROP INDEX "Citation_searchVector_idx";

-- DropIndex
DROP INDEX "ClaimVersion_searchVector_idx";

-- DropIndex
DROP INDEX "Source_searchVector_idx";

-- CreateTable
CREATE TABLE "PublishedClaimSearch" (
    "claimId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "claimedAt" DATE NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "PublishedClaimSearch_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedClaimSearch_versionId_key" ON "PublishedClaimSearch"("versionId");

-- CreateIndex
CREATE INDEX "PublishedClaimSearch_claimedAt_claimId_idx" ON "PublishedClaimSearch"("claimedAt" DESC, "claimId" DESC);

-- CreateIndex
CREATE INDEX "PublishedClaimSearch_document_idx" ON "PublishedClaimSearch" USING GIN ("document");

-- AddForeignKey
ALTER TABLE "PublishedClaimSearch" ADD CONSTRAINT "PublishedClaimSearch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The search document of a published claim: its published version's statement (weight A), quotes and their
-- translations and attributions (B), the titles, publishers and authors of the sources it cites (C), and a
-- marker (D) for each entity it is about or by, each of its topics and each source it cites: "ent", "top" or
-- "src" and the id without hyphens (lib/search/document-markers.ts). One GIN index then answers "every word
-- somewhere in the claim, or the claim names that entity", and "the latest claims of this topic, entity or
-- source"; the planner, which keeps statistics on the words and markers, walks the claimedAt index for a common
-- one and reads the GIN index for a rare one.
CREATE AGGREGATE counterclaim_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

CREATE FUNCTION counterclaim_refresh_search(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PublishedClaimSearch" s
  WHERE s."claimId" = ANY(claim_ids)
    AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = s."claimId" AND c."publishedVersionId" IS NOT NULL);
  INSERT INTO "PublishedClaimSearch" ("claimId", "versionId", "claimedAt", "document")
  SELECT c.id, v.id, v."claimedAt",
    setweight(coalesce(v."searchVector", ''), 'A')
    || coalesce((
      SELECT counterclaim_tsvector_agg(setweight(coalesce(ci."searchVector", ''), 'B') || setweight(coalesce(s."searchVector", ''), 'C'))
      FROM "Citation" ci JOIN "Source" s ON s.id = ci."sourceId"
      WHERE ci."claimVersionId" = v.id), '')
    || setweight(array_to_tsvector(ARRAY(
      SELECT 'ent' || replace(entity::text, '-', '')
      FROM unnest(ARRAY[v."claimantId", v."subjectId", v."objectId"]) AS entity
      WHERE entity IS NOT NULL
      UNION SELECT 'top' || replace(vt."topicId"::text, '-', '') FROM "ClaimVersionTopic" vt WHERE vt."claimVersionId" = v.id
      UNION SELECT 'src' || replace(ci."sourceId"::text, '-', '') FROM "Citation" ci WHERE ci."claimVersionId" = v.id)), 'D')
  FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId"
  WHERE c.id = ANY(claim_ids)
  ON CONFLICT ("claimId") DO UPDATE
    SET "versionId" = EXCLUDED."versionId", "claimedAt" = EXCLUDED."claimedAt", "document" = EXCLUDED."document";
$$;

-- Versions and citations never change (append-only), so a claim's document changes only when another version is
-- published, or when a source it cites is retitled.
CREATE FUNCTION counterclaim_claims_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM counterclaim_refresh_search(ARRAY(SELECT id FROM new_claims WHERE "publishedVersionId" IS NOT NULL));
  ELSE
    PERFORM counterclaim_refresh_search(ARRAY(
      SELECT n.id FROM new_claims n JOIN old_claims o ON o.id = n.id
      WHERE n."publishedVersionId" IS DISTINCT FROM o."publishedVersionId"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Claim_search_on_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS new_claims
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_claims_published();
CREATE TRIGGER "Claim_search_on_update" AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS old_claims NEW TABLE AS new_claims
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_claims_published();

CREATE FUNCTION counterclaim_sources_retitled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM counterclaim_refresh_search(ARRAY(
    SELECT DISTINCT c.id FROM new_sources n JOIN old_sources o ON o.id = n.id
    JOIN "Citation" ci ON ci."sourceId" = n.id
    JOIN "Claim" c ON c."publishedVersionId" = ci."claimVersionId"
    WHERE n."searchVector" IS DISTINCT FROM o."searchVector"));
  RETURN NULL;
END $$;
CREATE TRIGGER "Source_search_on_update" AFTER UPDATE ON "Source" REFERENCING OLD TABLE AS old_sources NEW TABLE AS new_sources
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_sources_retitled();

-- Claims published before this migration.
SELECT counterclaim_refresh_search(ARRAY(SELECT id FROM "Claim" WHERE "publishedVersionId" IS NOT NULL));
