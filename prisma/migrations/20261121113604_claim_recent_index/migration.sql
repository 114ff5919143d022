-- CreateIndex
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt" DESC);
