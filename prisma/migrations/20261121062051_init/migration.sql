-- Trigram matching for fuzzy alias and statement lookups.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('ORGANIZATION', 'PERSON', 'PLACE', 'EVENT', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('PRIMARY_STATEMENT', 'NEWS_REPORT', 'ANALYSIS', 'BLOG', 'SOCIAL_MEDIA', 'OFFICIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceCorrectionKind" AS ENUM ('UPDATED', 'CORRECTED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('AFFIRMS', 'DENIES');

-- CreateEnum
CREATE TYPE "LinkKind" AS ENUM ('CONTRADICTS', 'SUPPORTS', 'SUPERSEDES', 'QUALIFIES');

-- CreateEnum
CREATE TYPE "Resolution" AS ENUM ('UNRESOLVED', 'A_HOLDS', 'B_HOLDS', 'BOTH_PARTLY', 'NEITHER');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVE', 'REQUEST_CHANGES', 'REJECT', 'RETRACT');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenPrefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relation" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "exclusive" BOOLEAN NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "Relation_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityAlias" (
    "id" UUID NOT NULL,
    "entityId" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "matchKey" TEXT NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "note" TEXT,

    CONSTRAINT "EntityAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "archiveUrl" TEXT,
    "publisher" TEXT NOT NULL,
    "author" TEXT,
    "publishedAt" DATE,
    "accessedAt" DATE,
    "kind" "SourceKind" NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "grade" "Grade" NOT NULL,
    "gradeNote" TEXT NOT NULL DEFAULT '',
    "snapshot" TEXT,
    "snapshotTakenAt" TIMESTAMP(3),
    "derivedFromId" UUID,
    "correctionKind" "SourceCorrectionKind",
    "correctedAt" DATE,
    "correctionNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "publisher" || ' ' || coalesce("author", '')), 'B')) STORED,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "currentVersionId" UUID,
    "publishedVersionId" UUID,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimVersion" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "claimantId" UUID,
    "subjectId" UUID,
    "relationKey" TEXT,
    "objectId" UUID,
    "polarity" "Polarity",
    "claimedAt" DATE NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "credibility" INTEGER NOT NULL,
    "credibilityNote" TEXT NOT NULL DEFAULT '',
    "editedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "statement")) STORED,

    CONSTRAINT "ClaimVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimVersionTopic" (
    "claimVersionId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "ClaimVersionTopic_pkey" PRIMARY KEY ("claimVersionId","topicId")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" UUID NOT NULL,
    "claimVersionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceId" UUID NOT NULL,
    "quote" TEXT NOT NULL,
    "originalQuote" TEXT,
    "originalLanguage" TEXT,
    "translation" TEXT,
    "translator" TEXT,
    "locator" TEXT,
    "attributedTo" TEXT,
    "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "quote"), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("translation", '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce("attributedTo", '') || ' ' || coalesce("originalQuote", '')), 'C')) STORED,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id","claimVersionId")
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" UUID NOT NULL,
    "claimAId" UUID NOT NULL,
    "claimBId" UUID NOT NULL,
    "pairLow" UUID NOT NULL,
    "pairHigh" UUID NOT NULL,
    "kind" "LinkKind" NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "currentVersionId" UUID,
    "publishedVersionId" UUID,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLinkVersion" (
    "id" UUID NOT NULL,
    "linkId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "resolution" "Resolution" NOT NULL DEFAULT 'UNRESOLVED',
    "resolutionNote" TEXT NOT NULL DEFAULT '',
    "editedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLinkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" UUID NOT NULL,
    "claimId" UUID,
    "claimVersionId" UUID,
    "linkId" UUID,
    "linkVersionId" UUID,
    "version" INTEGER NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "RateLimit_key_key" ON "RateLimit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_slug_key" ON "Entity"("slug");

-- CreateIndex
CREATE INDEX "EntityAlias_matchKey_idx" ON "EntityAlias"("matchKey");

-- CreateIndex
CREATE INDEX "EntityAlias_normalized_idx" ON "EntityAlias" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "EntityAlias_entityId_alias_key" ON "EntityAlias"("entityId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Source_derivedFromId_idx" ON "Source"("derivedFromId");

-- CreateIndex
CREATE INDEX "Source_grade_idx" ON "Source"("grade");

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_currentVersionId_key" ON "Claim"("currentVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_publishedVersionId_key" ON "Claim"("publishedVersionId");

-- CreateIndex
CREATE INDEX "Claim_status_updatedAt_idx" ON "Claim"("status", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_authorId_status_idx" ON "Claim"("authorId", "status");

-- CreateIndex
CREATE INDEX "ClaimVersion_subjectId_relationKey_idx" ON "ClaimVersion"("subjectId", "relationKey");

-- CreateIndex
CREATE INDEX "ClaimVersion_objectId_idx" ON "ClaimVersion"("objectId");

-- CreateIndex
CREATE INDEX "ClaimVersion_claimantId_idx" ON "ClaimVersion"("claimantId");

-- CreateIndex
CREATE INDEX "ClaimVersion_claimedAt_idx" ON "ClaimVersion"("claimedAt");

-- CreateIndex
CREATE INDEX "ClaimVersion_searchVector_idx" ON "ClaimVersion" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ClaimVersion_statement_trgm_idx" ON "ClaimVersion" USING GIN ("statement" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimVersion_claimId_version_key" ON "ClaimVersion"("claimId", "version");

-- CreateIndex
CREATE INDEX "ClaimVersionTopic_topicId_idx" ON "ClaimVersionTopic"("topicId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_searchVector_idx" ON "Citation" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Citation_claimVersionId_position_key" ON "Citation"("claimVersionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_currentVersionId_key" ON "ClaimLink"("currentVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_publishedVersionId_key" ON "ClaimLink"("publishedVersionId");

-- CreateIndex
CREATE INDEX "ClaimLink_claimAId_idx" ON "ClaimLink"("claimAId");

-- CreateIndex
CREATE INDEX "ClaimLink_claimBId_idx" ON "ClaimLink"("claimBId");

-- CreateIndex
CREATE INDEX "ClaimLink_status_updatedAt_idx" ON "ClaimLink"("status", "updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_pairLow_pairHigh_kind_key" ON "ClaimLink"("pairLow", "pairHigh", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLinkVersion_linkId_version_key" ON "ClaimLinkVersion"("linkId", "version");

-- CreateIndex
CREATE INDEX "Review_claimId_createdAt_idx" ON "Review"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_linkId_createdAt_idx" ON "Review"("linkId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_reviewerId_idx" ON "Review"("reviewerId");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAlias" ADD CONSTRAINT "EntityAlias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_derivedFromId_fkey" FOREIGN KEY ("derivedFromId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "ClaimVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "ClaimVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_relationKey_fkey" FOREIGN KEY ("relationKey") REFERENCES "Relation"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVersionTopic" ADD CONSTRAINT "ClaimVersionTopic_claimVersionId_fkey" FOREIGN KEY ("claimVersionId") REFERENCES "ClaimVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVersionTopic" ADD CONSTRAINT "ClaimVersionTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_claimVersionId_fkey" FOREIGN KEY ("claimVersionId") REFERENCES "ClaimVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_claimAId_fkey" FOREIGN KEY ("claimAId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_claimBId_fkey" FOREIGN KEY ("claimBId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "ClaimLinkVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "ClaimLinkVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLinkVersion" ADD CONSTRAINT "ClaimLinkVersion_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "ClaimLink"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLinkVersion" ADD CONSTRAINT "ClaimLinkVersion_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_claimVersionId_fkey" FOREIGN KEY ("claimVersionId") REFERENCES "ClaimVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "ClaimLink"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_linkVersionId_fkey" FOREIGN KEY ("linkVersionId") REFERENCES "ClaimLinkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the database keeps whatever the application does.
ALTER TABLE "Source" ADD CONSTRAINT "Source_url_http_check" CHECK ("url" ~* '^https?://[^/\s]+');
ALTER TABLE "Source" ADD CONSTRAINT "Source_archiveUrl_http_check" CHECK ("archiveUrl" ~* '^https?://[^/\s]+');
ALTER TABLE "Source" ADD CONSTRAINT "Source_title_check" CHECK (btrim("title") <> '');
ALTER TABLE "Source" ADD CONSTRAINT "Source_correction_check" CHECK (("correctionKind" IS NULL) = ("correctedAt" IS NULL));
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "EntityAlias" ADD CONSTRAINT "EntityAlias_alias_check" CHECK (btrim("alias") <> '');
ALTER TABLE "EntityAlias" ADD CONSTRAINT "EntityAlias_period_check" CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validTo" >= "validFrom");
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_version_check" CHECK ("version" >= 1);
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_published_check" CHECK ("status" NOT IN ('APPROVED', 'RETRACTED') OR "publishedVersionId" IS NOT NULL);
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_version_check" CHECK ("version" >= 1);
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_statement_check" CHECK (btrim("statement") <> '');
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_credibility_check" CHECK ("credibility" BETWEEN 1 AND 6);
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_period_check" CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validTo" >= "validFrom");
-- A subject may stand alone ("a claim about AQIM"); a relation needs its subject, object and polarity.
ALTER TABLE "ClaimVersion" ADD CONSTRAINT "ClaimVersion_structured_check" CHECK (
  ("relationKey" IS NULL AND "objectId" IS NULL AND "polarity" IS NULL)
  OR ("subjectId" IS NOT NULL AND "relationKey" IS NOT NULL AND "objectId" IS NOT NULL AND "polarity" IS NOT NULL)
);
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_quote_check" CHECK (btrim("quote") <> '');
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_not_self_check" CHECK ("claimAId" <> "claimBId");
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_pair_check" CHECK ("pairLow" = LEAST("claimAId", "claimBId") AND "pairHigh" = GREATEST("claimAId", "claimBId"));
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_version_check" CHECK ("version" >= 1);
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_published_check" CHECK ("status" NOT IN ('APPROVED', 'RETRACTED') OR "publishedVersionId" IS NOT NULL);
ALTER TABLE "ClaimLinkVersion" ADD CONSTRAINT "ClaimLinkVersion_version_check" CHECK ("version" >= 1);
ALTER TABLE "Review" ADD CONSTRAINT "Review_one_target_check" CHECK (
  ("claimId" IS NOT NULL AND "claimVersionId" IS NOT NULL AND "linkId" IS NULL AND "linkVersionId" IS NULL)
  OR ("claimId" IS NULL AND "claimVersionId" IS NULL AND "linkId" IS NOT NULL AND "linkVersionId" IS NOT NULL)
);
-- Sending work back, rejecting it or retracting it always says why.
ALTER TABLE "Review" ADD CONSTRAINT "Review_note_check" CHECK ("decision" = 'APPROVE' OR btrim("note") <> '');

-- A claim's or link's version pointers name its own versions, and the current one carries its version number.
CREATE FUNCTION counterclaim_check_version_pointers() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  versions regclass := CASE TG_TABLE_NAME WHEN 'Claim' THEN '"ClaimVersion"' ELSE '"ClaimLinkVersion"' END;
  owner text := CASE TG_TABLE_NAME WHEN 'Claim' THEN 'claimId' ELSE 'linkId' END;
  found boolean;
BEGIN
  IF NEW."currentVersionId" IS NOT NULL THEN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE id = $1 AND %I = $2 AND version = $3)', versions, owner)
      INTO found USING NEW."currentVersionId", NEW.id, NEW.version;
    IF NOT found THEN
      RAISE EXCEPTION '% %: the current version must be its own version %', TG_TABLE_NAME, NEW.id, NEW.version;
    END IF;
  END IF;
  IF NEW."publishedVersionId" IS NOT NULL THEN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE id = $1 AND %I = $2)', versions, owner)
      INTO found USING NEW."publishedVersionId", NEW.id;
    IF NOT found THEN
      RAISE EXCEPTION '% %: the published version must be one of its own', TG_TABLE_NAME, NEW.id;
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Claim_version_pointers" BEFORE INSERT OR UPDATE ON "Claim" FOR EACH ROW EXECUTE FUNCTION counterclaim_check_version_pointers();
CREATE TRIGGER "ClaimLink_version_pointers" BEFORE INSERT OR UPDATE ON "ClaimLink" FOR EACH ROW EXECUTE FUNCTION counterclaim_check_version_pointers();

-- A review names a version of its own claim or link, by its number; and four eyes: nobody approves a claim they
-- created or a version they edited, nor a link they created or edited, or whose claims' current versions they edited.
CREATE FUNCTION counterclaim_check_review() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  creator text;
  editor text;
  reviewed_version integer;
BEGIN
  IF NEW."claimId" IS NOT NULL THEN
    SELECT c."authorId", v."editedById", v.version INTO creator, editor, reviewed_version
      FROM "ClaimVersion" v JOIN "Claim" c ON c.id = v."claimId"
      WHERE v.id = NEW."claimVersionId" AND v."claimId" = NEW."claimId";
  ELSE
    SELECT l."createdById", v."editedById", v.version INTO creator, editor, reviewed_version
      FROM "ClaimLinkVersion" v JOIN "ClaimLink" l ON l.id = v."linkId"
      WHERE v.id = NEW."linkVersionId" AND v."linkId" = NEW."linkId";
  END IF;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'review %: the version reviewed is not a version of the item reviewed', NEW.id;
  END IF;
  IF reviewed_version <> NEW.version THEN
    RAISE EXCEPTION 'review %: it names version % but the version reviewed is %', NEW.id, NEW.version, reviewed_version;
  END IF;
  IF NEW.decision = 'APPROVE' THEN
    -- Every version since the one last published counts, so nobody slips their own edit through a later one.
    IF NEW."reviewerId" IN (creator, editor)
      OR (NEW."claimId" IS NOT NULL AND EXISTS (
        SELECT 1 FROM "ClaimVersion" v JOIN "Claim" c ON c.id = v."claimId"
          LEFT JOIN "ClaimVersion" p ON p.id = c."publishedVersionId"
          WHERE v."claimId" = NEW."claimId" AND v.version > coalesce(p.version, 0) AND v.version <= reviewed_version
            AND v."editedById" = NEW."reviewerId"))
      OR (NEW."linkId" IS NOT NULL AND EXISTS (
        SELECT 1 FROM "ClaimLinkVersion" v JOIN "ClaimLink" l ON l.id = v."linkId"
          LEFT JOIN "ClaimLinkVersion" p ON p.id = l."publishedVersionId"
          WHERE v."linkId" = NEW."linkId" AND v.version > coalesce(p.version, 0) AND v.version <= reviewed_version
            AND v."editedById" = NEW."reviewerId"))
      OR (NEW."linkId" IS NOT NULL AND EXISTS (
        SELECT 1 FROM "ClaimLink" l JOIN "Claim" c ON c.id IN (l."claimAId", l."claimBId")
          JOIN "ClaimVersion" v ON v.id = c."currentVersionId"
          WHERE l.id = NEW."linkId" AND v."editedById" = NEW."reviewerId"
      )) THEN
      RAISE EXCEPTION 'four eyes: reviewer % cannot approve work they created or edited', NEW."reviewerId";
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Review_checks" BEFORE INSERT ON "Review" FOR EACH ROW EXECUTE FUNCTION counterclaim_check_review();

-- Versions, citations, reviews and the audit trail are history: rows are added, never changed or removed.
CREATE FUNCTION counterclaim_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION counterclaim_refuse_rewrite();
CREATE TRIGGER "Review_append_only" BEFORE UPDATE OR DELETE ON "Review" FOR EACH ROW EXECUTE FUNCTION counterclaim_refuse_rewrite();
CREATE TRIGGER "ClaimVersion_append_only" BEFORE UPDATE OR DELETE ON "ClaimVersion" FOR EACH ROW EXECUTE FUNCTION counterclaim_refuse_rewrite();
CREATE TRIGGER "ClaimVersionTopic_append_only" BEFORE UPDATE OR DELETE ON "ClaimVersionTopic" FOR EACH ROW EXECUTE FUNCTION counterclaim_refuse_rewrite();
CREATE TRIGGER "Citation_append_only" BEFORE UPDATE OR DELETE ON "Citation" FOR EACH ROW EXECUTE FUNCTION counterclaim_refuse_rewrite();
CREATE TRIGGER "ClaimLinkVersion_append_only" BEFORE UPDATE OR DELETE ON "ClaimLinkVersion" FOR EACH ROW EXECUTE FUNCTION counterclaim_refuse_rewrite();
