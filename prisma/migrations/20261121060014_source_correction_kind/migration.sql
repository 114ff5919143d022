-- CreateEnum
CREATE TYPE "SourceCorrectionKind" AS ENUM ('UPDATED', 'CORRECTED', 'RETRACTED');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "correctionKind" "SourceCorrectionKind";
