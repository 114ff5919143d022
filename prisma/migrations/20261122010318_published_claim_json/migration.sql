-- CreateTable
CREATE TABLE "PublishedClaimJson" (
    "claimId" UUID NOT NULL,
    "json" TEXT NOT NULL,

    CONSTRAINT "PublishedClaimJson_pkey" PRIMARY KEY ("claimId")
);

-- AddForeignKey
ALTER TABLE "PublishedClaimJson" ADD CONSTRAINT "PublishedClaimJson_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The claim list read each page's 25 claims from eight tables and built their JSON, about 4 ms of Postgres's time
-- a page, which kept a deep page under half the server's ceiling. Here each published claim's JSON is built once,
-- whenever something it shows changes, and a page reads 25 rows. It is toClaimJson's format
-- (lib/public-api/to-claim-json.ts), keys in the same order, up to the version: the claim's address and its
-- retraction follow at read time (lib/public-api/api-claim-json.ts). tests/integration/published-claim-json.test.ts
-- holds it equal to toClaimJson, and current after each of the changes below.
CREATE FUNCTION counterclaim_refresh_claim_json(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PublishedClaimJson" j
  WHERE j."claimId" = ANY(claim_ids)
    AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = j."claimId" AND c."publishedVersionId" IS NOT NULL);
  INSERT INTO "PublishedClaimJson" ("claimId", "json")
  SELECT c.id, json_build_object(
    'id', c.id,
    'statement', v.statement,
    'claimedAt', v."claimedAt", 'validFrom', v."validFrom", 'validTo', v."validTo",
    'credibility', v.credibility, 'credibilityNote', v."credibilityNote",
    'claimant', (SELECT json_build_object('slug', e.slug, 'name', e.name) FROM "Entity" e WHERE e.id = v."claimantId"),
    'subject', (SELECT json_build_object('slug', e.slug, 'name', e.name) FROM "Entity" e WHERE e.id = v."subjectId"),
    'relation', (SELECT r.label FROM "Relation" r WHERE r.key = v."relationKey"),
    'object', (SELECT json_build_object('slug', e.slug, 'name', e.name) FROM "Entity" e WHERE e.id = v."objectId"),
    'polarity', v.polarity,
    'topics', coalesce((
      SELECT json_agg(json_build_object('slug', t.slug, 'title', t.title) ORDER BY t.title, t.slug)
      FROM "ClaimVersionTopic" vt JOIN "Topic" t ON t.id = vt."topicId"
      WHERE vt."claimVersionId" = v.id), '[]'),
    'citations', coalesce((
      SELECT json_agg(json_build_object(
        'quote', ci.quote, 'originalQuote', ci."originalQuote", 'originalLanguage', ci."originalLanguage",
        'translation', ci.translation, 'translator', ci.translator, 'locator', ci.locator, 'attributedTo', ci."attributedTo",
        'source', json_build_object(
          'id', s.id, 'title', s.title, 'url', s.url, 'publisher', s.publisher, 'publishedAt', s."publishedAt",
          'grade', s.grade, 'gradeNote', s."gradeNote")
      ) ORDER BY ci.position)
      FROM "Citation" ci JOIN "Source" s ON s.id = ci."sourceId"
      WHERE ci."claimVersionId" = v.id), '[]'),
    -- The sign-off is the latest approval of the published version (signOffJson in read-public-claims.ts).
    'signOff', (
      SELECT json_build_object('reviewer', u.name, 'date', to_char(rv."createdAt", 'YYYY-MM-DD'))
      FROM "Review" rv JOIN "User" u ON u.id = rv."reviewerId"
      WHERE rv."claimVersionId" = v.id AND rv.decision = 'APPROVE'
      ORDER BY rv."createdAt" DESC LIMIT 1),
    'version', v.version)::text
  FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId"
  WHERE c.id = ANY(claim_ids)
  ON CONFLICT ("claimId") DO UPDATE SET "json" = EXCLUDED."json";
$$;

-- Versions, citations and their topics never change. A claim's JSON changes when another version is published
-- (the claim's update comes before its approval's review, so the review rewrites it too), and when an entity, a
-- source, a topic, a relation or a reviewer it names is edited.
CREATE OR REPLACE FUNCTION counterclaim_claims_published() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    changed := ARRAY(SELECT id FROM new_claims WHERE "publishedVersionId" IS NOT NULL);
  ELSE
    changed := ARRAY(
      SELECT n.id FROM new_claims n JOIN old_claims o ON o.id = n.id
      WHERE n."publishedVersionId" IS DISTINCT FROM o."publishedVersionId");
  END IF;
  PERFORM counterclaim_refresh_search(changed);
  PERFORM counterclaim_refresh_claim_json(changed);
  RETURN NULL;
END $$;

CREATE FUNCTION counterclaim_reviews_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM counterclaim_refresh_claim_json(ARRAY(
    SELECT c.id FROM new_reviews r JOIN "Claim" c ON c."publishedVersionId" = r."claimVersionId"
    WHERE r.decision = 'APPROVE'));
  RETURN NULL;
END $$;
CREATE TRIGGER "Review_claim_json_on_insert" AFTER INSERT ON "Review" REFERENCING NEW TABLE AS new_reviews
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_reviews_added();

DROP TRIGGER "Source_search_on_update" ON "Source";
DROP FUNCTION counterclaim_sources_retitled();
CREATE FUNCTION counterclaim_sources_edited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM counterclaim_refresh_search(ARRAY(
    SELECT DISTINCT c.id FROM new_sources n JOIN old_sources o ON o.id = n.id
    JOIN "Citation" ci ON ci."sourceId" = n.id
    JOIN "Claim" c ON c."publishedVersionId" = ci."claimVersionId"
    WHERE n."searchVector" IS DISTINCT FROM o."searchVector"));
  PERFORM counterclaim_refresh_claim_json(ARRAY(
    SELECT DISTINCT c.id FROM new_sources n JOIN old_sources o ON o.id = n.id
    JOIN "Citation" ci ON ci."sourceId" = n.id
    JOIN "Claim" c ON c."publishedVersionId" = ci."claimVersionId"
    WHERE (n.title, n.url, n.publisher, n."publishedAt", n.grade, n."gradeNote")
      IS DISTINCT FROM (o.title, o.url, o.publisher, o."publishedAt", o.grade, o."gradeNote")));
  RETURN NULL;
END $$;
CREATE TRIGGER "Source_published_on_update" AFTER UPDATE ON "Source" REFERENCING OLD TABLE AS old_sources NEW TABLE AS new_sources
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_sources_edited();

CREATE FUNCTION counterclaim_entities_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edited uuid[] := ARRAY(SELECT n.id FROM new_entities n JOIN old_entities o ON o.id = n.id WHERE (n.slug, n.name) IS DISTINCT FROM (o.slug, o.name));
BEGIN
  IF cardinality(edited) > 0 THEN
    PERFORM counterclaim_refresh_claim_json(ARRAY(
      SELECT c.id FROM "ClaimVersion" v JOIN "Claim" c ON c."publishedVersionId" = v.id
      WHERE v."claimantId" = ANY(edited) OR v."subjectId" = ANY(edited) OR v."objectId" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Entity_claim_json_on_update" AFTER UPDATE ON "Entity" REFERENCING OLD TABLE AS old_entities NEW TABLE AS new_entities
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_entities_edited();

CREATE FUNCTION counterclaim_topics_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edited uuid[] := ARRAY(SELECT n.id FROM new_topics n JOIN old_topics o ON o.id = n.id WHERE (n.slug, n.title) IS DISTINCT FROM (o.slug, o.title));
BEGIN
  IF cardinality(edited) > 0 THEN
    PERFORM counterclaim_refresh_claim_json(ARRAY(SELECT DISTINCT pt."claimId" FROM "PublishedClaimTopic" pt WHERE pt."topicId" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Topic_claim_json_on_update" AFTER UPDATE ON "Topic" REFERENCING OLD TABLE AS old_topics NEW TABLE AS new_topics
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_topics_edited();

CREATE FUNCTION counterclaim_relations_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edited text[] := ARRAY(SELECT n.key FROM new_relations n JOIN old_relations o ON o.key = n.key WHERE n.label IS DISTINCT FROM o.label);
BEGIN
  IF cardinality(edited) > 0 THEN
    PERFORM counterclaim_refresh_claim_json(ARRAY(
      SELECT c.id FROM "ClaimVersion" v JOIN "Claim" c ON c."publishedVersionId" = v.id WHERE v."relationKey" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Relation_claim_json_on_update" AFTER UPDATE ON "Relation" REFERENCING OLD TABLE AS old_relations NEW TABLE AS new_relations
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_relations_edited();

-- A reviewer's name is in the sign-off of each claim they approved. Users are updated for other reasons (a role,
-- a deactivation), so the reviews are read only when a name changed.
CREATE FUNCTION counterclaim_reviewers_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  renamed text[] := ARRAY(SELECT n.id FROM new_users n JOIN old_users o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name);
BEGIN
  IF cardinality(renamed) > 0 THEN
    PERFORM counterclaim_refresh_claim_json(ARRAY(
      SELECT DISTINCT c.id FROM "Review" rv JOIN "Claim" c ON c."publishedVersionId" = rv."claimVersionId"
      WHERE rv."reviewerId" = ANY(renamed) AND rv.decision = 'APPROVE'));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "User_claim_json_on_update" AFTER UPDATE ON "User" REFERENCING OLD TABLE AS old_users NEW TABLE AS new_users
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_reviewers_renamed();

-- Claims published before this migration.
SELECT counterclaim_refresh_claim_json(ARRAY(SELECT id FROM "Claim" WHERE "publishedVersionId" IS NOT NULL));
