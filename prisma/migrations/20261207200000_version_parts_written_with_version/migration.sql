-- A claim version is written whole: its citations and topics go in with it, before any claim points at it and before
-- any review of it. After that they are fixed, like the version's own row (append-only since the first migration):
-- what a reviewer saw is what a reader gets, and no quote reaches the public site that nobody approved. Every writer
-- keeps this order already (the app, the bulk import, the demo loader, the benchmark's record); restore turns user
-- triggers off for its own transaction.
-- Once per statement, over the rows it added: a batch of thousands of citations is checked in one query.
CREATE FUNCTION counterclaim_refuse_late_version_parts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  late uuid;
BEGIN
  SELECT added."claimVersionId" INTO late FROM added
    WHERE EXISTS (SELECT 1 FROM "Claim" c WHERE c."currentVersionId" = added."claimVersionId")
       OR EXISTS (SELECT 1 FROM "Claim" c WHERE c."publishedVersionId" = added."claimVersionId")
       OR EXISTS (SELECT 1 FROM "Review" r WHERE r."claimVersionId" = added."claimVersionId")
    LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION '% rows go in with their claim version: version % is already a claim''s current or published version, or reviewed', TG_TABLE_NAME, late;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Citation_written_with_version" AFTER INSERT ON "Citation" REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_refuse_late_version_parts();
CREATE TRIGGER "ClaimVersionTopic_written_with_version" AFTER INSERT ON "ClaimVersionTopic" REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_refuse_late_version_parts();
