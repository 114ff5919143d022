-- A claim version's citations and topics go in with it: before any claim points at it, as its current or its
-- published version, and before any review of it. After that none can be added (none can be changed or removed at
-- any time: the first migration's append-only triggers), so what a reviewer saw is what a reader gets, and no quote
-- reaches the public site that nobody approved. A draft that a later edit superseded before anyone reviewed it is
-- not covered: the benchmark's record writes every version before any citation, and such a draft is never
-- reviewed or published.
-- Every writer keeps this order already (the app, the bulk import, the demo loader, the benchmark's record); restore
-- turns user triggers off for its own transaction.
-- Once per statement, over the rows it added: a batch of thousands of citations is checked in one query.
CREATE FUNCTION counterclaim_refuse_late_version_parts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  late uuid;
BEGIN
  SELECT version_id INTO late FROM (SELECT DISTINCT "claimVersionId" AS version_id FROM added) versions
    WHERE EXISTS (SELECT 1 FROM "Claim" c WHERE c."currentVersionId" = version_id)
       OR EXISTS (SELECT 1 FROM "Claim" c WHERE c."publishedVersionId" = version_id)
       OR EXISTS (SELECT 1 FROM "Review" r WHERE r."claimVersionId" = version_id)
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
