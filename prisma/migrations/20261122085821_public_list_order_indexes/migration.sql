-- Lists that Postgres sorted whole at 100,000 claims, first visits: the home page's latest contradictions and the
-- Atom feed (newest link first, 70 ms: every published claim was read to check both sides) now walk this index
-- and stop at their 10 or 50 (5 ms); /sources (by publisher and title, 367 ms: every citation was read to find the
-- sources in published use) walks the other and stops at its page (15 ms).

-- CreateIndex
CREATE INDEX "ClaimLink_updatedAt_id_idx" ON "ClaimLink"("updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Source_publisher_title_id_idx" ON "Source"("publisher", "title", "id");
