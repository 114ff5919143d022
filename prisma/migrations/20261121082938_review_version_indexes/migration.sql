-- CreateIndex
CREATE INDEX "Review_claimVersionId_idx" ON "Review"("claimVersionId");

-- CreateIndex
CREATE INDEX "Review_linkVersionId_idx" ON "Review"("linkVersionId");
