-- A published claim's search rows and stored JSON are rewritten from what the rewriting transaction sees. Two
-- transactions that change what the same claim shows (an entity renamed while a source the claim cites is
-- regraded, or while a claim naming the entity is approved) could each rewrite it before the other committed, and
-- the later write, made from a snapshot without the other's change, kept the claim as it was. Every trigger that
-- rewrites published rows now takes one lock first, held until its transaction ends, and finds and rewrites the
-- claims after it: the second waits for the first to commit, then sees its change. Only transactions that
-- change what the public sees take it; a draft's save does not.
CREATE FUNCTION counterclaim_lock_published() RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('counterclaim: published rows'));
$$;

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
  IF cardinality(changed) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_refresh_search(changed);
    PERFORM counterclaim_refresh_claim_json(changed);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION counterclaim_reviews_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  approved uuid[] := ARRAY(SELECT "claimVersionId" FROM new_reviews WHERE decision = 'APPROVE' AND "claimVersionId" IS NOT NULL);
BEGIN
  IF cardinality(approved) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_refresh_claim_json(ARRAY(SELECT c.id FROM "Claim" c WHERE c."publishedVersionId" = ANY(approved)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION counterclaim_sources_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  retitled uuid[] := ARRAY(SELECT n.id FROM new_sources n JOIN old_sources o ON o.id = n.id WHERE n."searchVector" IS DISTINCT FROM o."searchVector");
  edited uuid[] := ARRAY(
    SELECT n.id FROM new_sources n JOIN old_sources o ON o.id = n.id
    WHERE (n.title, n.url, n.publisher, n."publishedAt", n.grade, n."gradeNote")
      IS DISTINCT FROM (o.title, o.url, o.publisher, o."publishedAt", o.grade, o."gradeNote"));
BEGIN
  IF cardinality(retitled) + cardinality(edited) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_refresh_search(ARRAY(
      SELECT DISTINCT c.id FROM "Citation" ci JOIN "Claim" c ON c."publishedVersionId" = ci."claimVersionId"
      WHERE ci."sourceId" = ANY(retitled)));
    PERFORM counterclaim_refresh_claim_json(ARRAY(
      SELECT DISTINCT c.id FROM "Citation" ci JOIN "Claim" c ON c."publishedVersionId" = ci."claimVersionId"
      WHERE ci."sourceId" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION counterclaim_entities_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edited uuid[] := ARRAY(SELECT n.id FROM new_entities n JOIN old_entities o ON o.id = n.id WHERE (n.slug, n.name) IS DISTINCT FROM (o.slug, o.name));
BEGIN
  IF cardinality(edited) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_refresh_claim_json(ARRAY(
      SELECT c.id FROM "ClaimVersion" v JOIN "Claim" c ON c."publishedVersionId" = v.id
      WHERE v."claimantId" = ANY(edited) OR v."subjectId" = ANY(edited) OR v."objectId" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION counterclaim_topics_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edited uuid[] := ARRAY(SELECT n.id FROM new_topics n JOIN old_topics o ON o.id = n.id WHERE (n.slug, n.title) IS DISTINCT FROM (o.slug, o.title));
BEGIN
  IF cardinality(edited) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_refresh_claim_json(ARRAY(SELECT DISTINCT pt."claimId" FROM "PublishedClaimTopic" pt WHERE pt."topicId" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION counterclaim_relations_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edited text[] := ARRAY(SELECT n.key FROM new_relations n JOIN old_relations o ON o.key = n.key WHERE n.label IS DISTINCT FROM o.label);
BEGIN
  IF cardinality(edited) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_refresh_claim_json(ARRAY(
      SELECT c.id FROM "ClaimVersion" v JOIN "Claim" c ON c."publishedVersionId" = v.id WHERE v."relationKey" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION counterclaim_reviewers_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  renamed text[] := ARRAY(SELECT n.id FROM new_users n JOIN old_users o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name);
BEGIN
  IF cardinality(renamed) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_refresh_claim_json(ARRAY(
      SELECT DISTINCT c.id FROM "Review" rv JOIN "Claim" c ON c."publishedVersionId" = rv."claimVersionId"
      WHERE rv."reviewerId" = ANY(renamed) AND rv.decision = 'APPROVE'));
  END IF;
  RETURN NULL;
END $$;
