-- The review queue pages by (updatedAt, id) among the rows in review, and counts them: with id in the index, a
-- page is one index range read in order, and a count reads the index alone. A backward scan still serves the
-- lists that want the newest first.

-- DropIndex
DROP INDEX "Claim_status_updatedAt_idx";

-- DropIndex
DROP INDEX "ClaimLink_status_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Claim_status_updatedAt_id_idx" ON "Claim"("status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "ClaimLink_status_updatedAt_id_idx" ON "ClaimLink"("status", "updatedAt", "id");
