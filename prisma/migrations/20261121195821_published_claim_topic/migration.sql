-- CreateTable
CREATE TABLE "PublishedClaimTopic" (
    "topicId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "claimedAt" DATE NOT NULL,

    CONSTRAINT "PublishedClaimTopic_pkey" PRIMARY KEY ("topicId","claimId")
);

-- CreateIndex
CREATE INDEX "PublishedClaimTopic_topicId_claimedAt_claimId_idx" ON "PublishedClaimTopic"("topicId", "claimedAt" DESC, "claimId" DESC);

-- CreateIndex
CREATE INDEX "PublishedClaimTopic_claimId_idx" ON "PublishedClaimTopic"("claimId");

-- AddForeignKey
ALTER TABLE "PublishedClaimTopic" ADD CONSTRAINT "PublishedClaimTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaimTopic" ADD CONSTRAINT "PublishedClaimTopic_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A topic's page lists its latest published claims. Found by the topic's marker in the search document, they took a
-- read of every matching document, hundreds of wide rows scattered over PublishedClaimSearch (45 ms at 100,000
-- claims on a first visit, 41 ms at 1,000,000): here they are the first entries of the topic's index. The rows are
-- rewritten with the claim's search document, whenever the claim's published version changes.
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
$$;

-- Claims published before this migration.
INSERT INTO "PublishedClaimTopic" ("topicId", "claimId", "versionId", "claimedAt")
SELECT vt."topicId", c.id, v.id, v."claimedAt"
FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId" JOIN "ClaimVersionTopic" vt ON vt."claimVersionId" = v.id;
