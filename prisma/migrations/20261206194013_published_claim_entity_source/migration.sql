-- CreateTable
CREATE TABLE "PublishedClaimEntity" (
    "entityId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "claimedAt" DATE NOT NULL,

    CONSTRAINT "PublishedClaimEntity_pkey" PRIMARY KEY ("entityId","claimId")
);

-- CreateTable
CREATE TABLE "PublishedClaimSource" (
    "sourceId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "claimedAt" DATE NOT NULL,

    CONSTRAINT "PublishedClaimSource_pkey" PRIMARY KEY ("sourceId","claimId")
);

-- CreateIndex
CREATE INDEX "PublishedClaimEntity_entityId_claimedAt_claimId_idx" ON "PublishedClaimEntity"("entityId", "claimedAt" DESC, "claimId" DESC);

-- CreateIndex
CREATE INDEX "PublishedClaimEntity_claimId_idx" ON "PublishedClaimEntity"("claimId");

-- CreateIndex
CREATE INDEX "PublishedClaimSource_sourceId_claimedAt_claimId_idx" ON "PublishedClaimSource"("sourceId", "claimedAt" DESC, "claimId" DESC);

-- CreateIndex
CREATE INDEX "PublishedClaimSource_claimId_idx" ON "PublishedClaimSource"("claimId");

-- AddForeignKey
ALTER TABLE "PublishedClaimEntity" ADD CONSTRAINT "PublishedClaimEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaimEntity" ADD CONSTRAINT "PublishedClaimEntity_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaimSource" ADD CONSTRAINT "PublishedClaimSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaimSource" ADD CONSTRAINT "PublishedClaimSource_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An entity's and a source's pages list their latest published claims. Found by the entity's or source's marker in
-- the search document, they took a read of every matching document, a heap page each, then a sort (an entity's
-- first visit: 4.4 ms of Postgres on average for that statement, at 100,000 claims): here they are the first
-- entries of its index, as a topic's are in PublishedClaimTopic. The rows are rewritten with the claim's search
-- document, whenever the claim's published version changes; the entities are the version's claimant, subject and
-- object, as the document's markers are, and the sources those its citations cite.
CREATE OR REPLACE FUNCTION counterclaim_refresh_search(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
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
  DELETE FROM "PublishedClaimTopic" WHERE "claimId" = ANY(claim_ids);
  INSERT INTO "PublishedClaimTopic" ("topicId", "claimId", "versionId", "claimedAt")
  SELECT vt."topicId", c.id, v.id, v."claimedAt"
  FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId" JOIN "ClaimVersionTopic" vt ON vt."claimVersionId" = v.id
  WHERE c.id = ANY(claim_ids);
  DELETE FROM "PublishedClaimEntity" WHERE "claimId" = ANY(claim_ids);
  INSERT INTO "PublishedClaimEntity" ("entityId", "claimId", "versionId", "claimedAt")
  SELECT DISTINCT entity, c.id, v.id, v."claimedAt"
  FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId",
    unnest(ARRAY[v."claimantId", v."subjectId", v."objectId"]) AS entity
  WHERE c.id = ANY(claim_ids) AND entity IS NOT NULL;
  DELETE FROM "PublishedClaimSource" WHERE "claimId" = ANY(claim_ids);
  INSERT INTO "PublishedClaimSource" ("sourceId", "claimId", "versionId", "claimedAt")
  SELECT DISTINCT ci."sourceId", c.id, v.id, v."claimedAt"
  FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId" JOIN "Citation" ci ON ci."claimVersionId" = v.id
  WHERE c.id = ANY(claim_ids);
$$;

-- Claims published before this migration.
INSERT INTO "PublishedClaimEntity" ("entityId", "claimId", "versionId", "claimedAt")
SELECT DISTINCT entity, c.id, v.id, v."claimedAt"
FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId",
  unnest(ARRAY[v."claimantId", v."subjectId", v."objectId"]) AS entity
WHERE entity IS NOT NULL;
INSERT INTO "PublishedClaimSource" ("sourceId", "claimId", "versionId", "claimedAt")
SELECT DISTINCT ci."sourceId", c.id, v.id, v."claimedAt"
FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId" JOIN "Citation" ci ON ci."claimVersionId" = v.id;
