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
-- Counted from Claim and ClaimLink, they grew with the record: 40 ms and 6 ms of Postgres at 100,000 claims. Here
-- the triggers keep the counts: a statement that adds claims or links, or changes their status, adds a row for each
-- status it changed, with the difference, and the desk adds the rows up (lib/claims/status-counts.ts, which also
-- folds them together when they are many). Rows of changes rather than one total a status: every writer would lock
-- that total until its transaction ended, so two imports would wait for each other, and two transactions changing
-- two statuses in opposite orders would deadlock. No DELETE removes a claim or a link (their versions, kept for
-- ever, hold them by foreign key); TRUNCATE, which can, takes their counts with them.
CREATE FUNCTION counterclaim_count_statuses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "StatusCountChange" ("kind", "status", "change")
    SELECT TG_ARGV[0], status, count(*) FROM new_rows GROUP BY status;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "StatusCountChange" ("kind", "status", "change")
    SELECT TG_ARGV[0], status, sum(change) FROM (
      SELECT o.status, -1 AS change FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.status <> o.status
      UNION ALL
      SELECT n.status, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.status <> o.status
    ) moved
    GROUP BY status;
  ELSE -- TRUNCATE
    DELETE FROM "StatusCountChange" WHERE "kind" = TG_ARGV[0];
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Claim_count_on_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('claim');
CREATE TRIGGER "Claim_count_on_update" AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('claim');
CREATE TRIGGER "Claim_count_on_truncate" AFTER TRUNCATE ON "Claim"
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('claim');
CREATE TRIGGER "ClaimLink_count_on_insert" AFTER INSERT ON "ClaimLink" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('link');
CREATE TRIGGER "ClaimLink_count_on_update" AFTER UPDATE ON "ClaimLink" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('link');
CREATE TRIGGER "ClaimLink_count_on_truncate" AFTER TRUNCATE ON "ClaimLink"
  FOR EACH STATEMENT EXECUTE FUNCTION counterclaim_count_statuses('link');

-- The claims and links there already are.
INSERT INTO "StatusCountChange" ("kind", "status", "change")
SELECT 'claim', status, count(*) FROM "Claim" GROUP BY status
UNION ALL
SELECT 'link', status, count(*) FROM "ClaimLink" GROUP BY status;
