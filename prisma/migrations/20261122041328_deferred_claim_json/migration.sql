-- CreateTable
CREATE TABLE "PublishedClaimJsonPending" (
    "claimId" UUID NOT NULL,

    CONSTRAINT "PublishedClaimJsonPending_pkey" PRIMARY KEY ("claimId")
);

-- AddForeignKey
ALTER TABLE "PublishedClaimJsonPending" ADD CONSTRAINT "PublishedClaimJsonPending_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Renaming an entity rewrote, inside the rename's transaction, the stored JSON of every published claim naming
-- it: 1.5-3.3 s for the 6,041 claims of the 100k record's most named entity, at 0.3-0.55 ms a claim, so an entity
-- named by some 30,000 claims could not be renamed within the 15 s a transaction may take. An edit to something
-- many claims show (an entity, a source, a topic, a relation, a reviewer's name) now drops those claims' stored
-- JSON and queues them. The claim list builds a claim it finds no stored JSON for as it reads it, with the same
-- function, and the server builds the queue again in the background, a batch a transaction
-- (lib/public-api/refill-claim-json.ts). A publication still writes its claim's JSON at once.

-- A published claim as the API shows it, up to its version (toClaimJson's format; see published_claim_json).
CREATE FUNCTION counterclaim_claim_json(claim_id uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT json_build_object(
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
  WHERE c.id = claim_id;
$$;

CREATE OR REPLACE FUNCTION counterclaim_refresh_claim_json(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PublishedClaimJsonPending" WHERE "claimId" = ANY(claim_ids);
  DELETE FROM "PublishedClaimJson" j
  WHERE j."claimId" = ANY(claim_ids)
    AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = j."claimId" AND c."publishedVersionId" IS NOT NULL);
  INSERT INTO "PublishedClaimJson" ("claimId", "json")
  SELECT c.id, counterclaim_claim_json(c.id) FROM "Claim" c
  WHERE c.id = ANY(claim_ids) AND c."publishedVersionId" IS NOT NULL
  ON CONFLICT ("claimId") DO UPDATE SET "json" = EXCLUDED."json";
$$;

CREATE FUNCTION counterclaim_defer_claim_json(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PublishedClaimJson" WHERE "claimId" = ANY(claim_ids);
  INSERT INTO "PublishedClaimJsonPending" ("claimId") SELECT DISTINCT id FROM unnest(claim_ids) AS id ON CONFLICT DO NOTHING;
$$;

-- Builds up to `batch` queued claims, under the lock every writer of published rows takes (published_refresh_lock):
-- an edit that overlaps waits, or is waited for, and the claims are built from what it committed. Returns how many.
CREATE FUNCTION counterclaim_refill_claim_json(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  claim_ids uuid[];
BEGIN
  -- The server asks every few seconds; an empty queue must not take the lock from an approval.
  IF NOT EXISTS (SELECT 1 FROM "PublishedClaimJsonPending") THEN
    RETURN 0;
  END IF;
  PERFORM counterclaim_lock_published();
  claim_ids := ARRAY(SELECT "claimId" FROM "PublishedClaimJsonPending" LIMIT batch);
  PERFORM counterclaim_refresh_claim_json(claim_ids);
  RETURN cardinality(claim_ids);
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

CREATE OR REPLACE FUNCTION counterclaim_entities_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edited uuid[] := ARRAY(SELECT n.id FROM new_entities n JOIN old_entities o ON o.id = n.id WHERE (n.slug, n.name) IS DISTINCT FROM (o.slug, o.name));
BEGIN
  IF cardinality(edited) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_defer_claim_json(ARRAY(
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
    PERFORM counterclaim_defer_claim_json(ARRAY(SELECT DISTINCT pt."claimId" FROM "PublishedClaimTopic" pt WHERE pt."topicId" = ANY(edited)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION counterclaim_relations_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edited text[] := ARRAY(SELECT n.key FROM new_relations n JOIN old_relations o ON o.key = n.key WHERE n.label IS DISTINCT FROM o.label);
BEGIN
  IF cardinality(edited) > 0 THEN
    PERFORM counterclaim_lock_published();
    PERFORM counterclaim_defer_claim_json(ARRAY(
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
    PERFORM counterclaim_defer_claim_json(ARRAY(
      SELECT DISTINCT c.id FROM "Review" rv JOIN "Claim" c ON c."publishedVersionId" = rv."claimVersionId"
      WHERE rv."reviewerId" = ANY(renamed) AND rv.decision = 'APPROVE'));
  END IF;
  RETURN NULL;
END $$;
