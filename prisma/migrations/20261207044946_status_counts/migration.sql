-- CreateTable
CREATE TABLE "StatusCountChange" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL,
    "change" INTEGER NOT NULL,

    CONSTRAINT "StatusCountChange_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "StatusCountChange" ADD CONSTRAINT "StatusCountChange_kind_check" CHECK ("kind" IN ('claim', 'link'));

-- The desk's front page counts claims by status, and every desk page a reviewer opens counts what waits in review.
-- Counted from Claim and ClaimLink, the first grew with the record and the second with the queue: 39-42 ms of
-- Postgres on a development record of 130,000 claims, and 14.9 ms at the benchmark's 100,000 (EXPLAIN ANALYZE;
-- bench/results/2026-12-07-2, /desk/review). Here the triggers keep the counts: a statement that adds, changes or
-- removes claims or links adds a row for each status whose count it changed, with the difference, and the desk adds
-- the rows up (lib/claims/status-counts.ts), folding them together when they are many. Rows of changes rather than
-- one total a status: every writer would lock that total until its transaction ended, so two imports would wait for
-- each other, and two transactions changing two statuses in opposite orders would deadlock.
CREATE FUNCTION counterclaim_count_statuses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "StatusCountChange" ("kind", "status", "change")
    SELECT TG_ARGV[0], status, count(*) FROM new_rows GROUP BY status;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "StatusCountChange" ("kind", "status", "change")
    SELECT TG_ARGV[0], status, sum(change)
    FROM (SELECT status, -1 AS change FROM old_rows UNION ALL SELECT status, 1 FROM new_rows) moved
    GROUP BY status HAVING sum(change) <> 0;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "StatusCountChange" ("kind", "status", "change")
    SELECT TG_ARGV[0], status, -count(*) FROM old_rows GROUP BY status;
  ELSE -- TRUNCATE
    -- After a fold under way: under READ COMMITTED the next statement reads the record afresh, so it sees the rows
    -- the fold wrote, and deletes them too.
    PERFORM pg_advisory_xact_lock(hashtext('counterclaim: status counts'));
    DELETE FROM "StatusCountChange" WHERE "kind" = TG_ARGV[0];
  END IF;
  RETURN NULL;
END $$;

-- The rows of changes, replaced by their sums; true when it folded. Rows a write adds meanwhile are not among those
-- deleted, so every total stays the same. One fold at a time, and none while a TRUNCATE empties the counts: a fold
-- that finds either under way leaves it to finish rather than wait for its rows.
CREATE FUNCTION counterclaim_fold_status_counts() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('counterclaim: status counts')) THEN
    RETURN false;
  END IF;
  WITH folded AS (DELETE FROM "StatusCountChange" RETURNING "kind", "status", "change")
  INSERT INTO "StatusCountChange" ("kind", "status", "change")
  SELECT "kind", "status", sum("change") FROM folded GROUP BY "kind", "status" HAVING sum("change") <> 0;
  RETURN true;
END $$;

CREATE TRIGGER "Claim_count_on_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('claim');
CREATE TRIGGER "Claim_count_on_update" AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('claim');
CREATE TRIGGER "Claim_count_on_delete" AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('claim');
CREATE TRIGGER "Claim_count_on_truncate" AFTER TRUNCATE ON "Claim"
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('claim');
CREATE TRIGGER "ClaimLink_count_on_insert" AFTER INSERT ON "ClaimLink" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('link');
CREATE TRIGGER "ClaimLink_count_on_update" AFTER UPDATE ON "ClaimLink" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('link');
CREATE TRIGGER "ClaimLink_count_on_delete" AFTER DELETE ON "ClaimLink" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('link');
CREATE TRIGGER "ClaimLink_count_on_truncate" AFTER TRUNCATE ON "ClaimLink"
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('link');

-- The claims and links there already are.
INSERT INTO "StatusCountChange" ("kind", "status", "change")
SELECT 'claim', status, count(*) FROM "Claim" GROUP BY status
UNION ALL
SELECT 'link', status, count(*) FROM "ClaimLink" GROUP BY status;
