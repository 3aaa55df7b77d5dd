-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'FILED', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'UNDER_REVIEW', 'REPORTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "SubmissionHearingKind" AS ENUM ('CONSULTATION', 'HEARING');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'SUBMISSION_FILED';
ALTER TYPE "NotificationKind" ADD VALUE 'SUBMISSION_MOVED';
ALTER TYPE "NotificationKind" ADD VALUE 'SUBMISSION_DUE';
ALTER TYPE "NotificationKind" ADD VALUE 'SUBMISSION_OVERDUE';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "submissionDecisionDays" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "submissionReportDays" INTEGER NOT NULL DEFAULT 180;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "submissionId" TEXT,
ADD COLUMN     "withheld" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "concernsCountryCode" CHAR(2) NOT NULL,
    "contactPointId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "identityWithheld" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "facts" TEXT NOT NULL DEFAULT '',
    "request" TEXT NOT NULL DEFAULT '',
    "topics" "LabourTopic"[],
    "language" VARCHAR(3) NOT NULL DEFAULT 'en',
    "translations" JSONB NOT NULL DEFAULT '{}',
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "filedAt" TIMESTAMP(3),
    "decisionDueOn" DATE,
    "acknowledgedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT NOT NULL DEFAULT '',
    "reportDueOn" DATE,
    "reportedAt" TIMESTAMP(3),
    "findings" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionCoSubmitter" (
    "submissionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "identityWithheld" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SubmissionCoSubmitter_pkey" PRIMARY KEY ("submissionId","organisationId")
);

-- CreateTable
CREATE TABLE "SubmissionProvision" (
    "submissionId" TEXT NOT NULL,
    "provisionId" TEXT NOT NULL,

    CONSTRAINT "SubmissionProvision_pkey" PRIMARY KEY ("submissionId","provisionId")
);

-- CreateTable
CREATE TABLE "SubmissionHearing" (
    "submissionId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" "SubmissionHearingKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionHearing_pkey" PRIMARY KEY ("submissionId","meetingId")
);

-- CreateTable
CREATE TABLE "SubmissionRecommendation" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionFollowUp" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "planId" TEXT,
    "programId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Submission_agreementId_status_idx" ON "Submission"("agreementId", "status");

-- CreateIndex
CREATE INDEX "Submission_contactPointId_status_idx" ON "Submission"("contactPointId", "status");

-- CreateIndex
CREATE INDEX "Submission_organisationId_idx" ON "Submission"("organisationId");

-- CreateIndex
CREATE INDEX "Submission_status_filedAt_idx" ON "Submission"("status", "filedAt");

-- CreateIndex
CREATE INDEX "SubmissionCoSubmitter_organisationId_idx" ON "SubmissionCoSubmitter"("organisationId");

-- CreateIndex
CREATE INDEX "SubmissionProvision_provisionId_idx" ON "SubmissionProvision"("provisionId");

-- CreateIndex
CREATE INDEX "SubmissionHearing_meetingId_idx" ON "SubmissionHearing"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionRecommendation_submissionId_position_key" ON "SubmissionRecommendation"("submissionId", "position");

-- CreateIndex
CREATE INDEX "SubmissionFollowUp_planId_idx" ON "SubmissionFollowUp"("planId");

-- CreateIndex
CREATE INDEX "SubmissionFollowUp_programId_idx" ON "SubmissionFollowUp"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionFollowUp_recommendationId_planId_key" ON "SubmissionFollowUp"("recommendationId", "planId");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionFollowUp_recommendationId_programId_key" ON "SubmissionFollowUp"("recommendationId", "programId");

-- CreateIndex
CREATE INDEX "Document_submissionId_idx" ON "Document"("submissionId");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_concernsCountryCode_fkey" FOREIGN KEY ("concernsCountryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_contactPointId_fkey" FOREIGN KEY ("contactPointId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionCoSubmitter" ADD CONSTRAINT "SubmissionCoSubmitter_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionCoSubmitter" ADD CONSTRAINT "SubmissionCoSubmitter_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionProvision" ADD CONSTRAINT "SubmissionProvision_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionProvision" ADD CONSTRAINT "SubmissionProvision_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "LabourProvision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionHearing" ADD CONSTRAINT "SubmissionHearing_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionHearing" ADD CONSTRAINT "SubmissionHearing_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionRecommendation" ADD CONSTRAINT "SubmissionRecommendation_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionFollowUp" ADD CONSTRAINT "SubmissionFollowUp_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "SubmissionRecommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionFollowUp" ADD CONSTRAINT "SubmissionFollowUp_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionFollowUp" ADD CONSTRAINT "SubmissionFollowUp_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A follow-up is a plan or a program, never both or neither
ALTER TABLE "SubmissionFollowUp" ADD CONSTRAINT "SubmissionFollowUp_one_target" CHECK (num_nonnulls("planId", "programId") = 1);

-- The public docket shows these tables: a write moves the page cache's generation on
CREATE CONSTRAINT TRIGGER "Submission_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Submission" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Submission_page_cache_truncate" AFTER TRUNCATE ON "Submission" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "SubmissionCoSubmitter_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "SubmissionCoSubmitter" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "SubmissionCoSubmitter_page_cache_truncate" AFTER TRUNCATE ON "SubmissionCoSubmitter" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "SubmissionProvision_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "SubmissionProvision" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "SubmissionProvision_page_cache_truncate" AFTER TRUNCATE ON "SubmissionProvision" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "SubmissionHearing_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "SubmissionHearing" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "SubmissionHearing_page_cache_truncate" AFTER TRUNCATE ON "SubmissionHearing" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "SubmissionRecommendation_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "SubmissionRecommendation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "SubmissionRecommendation_page_cache_truncate" AFTER TRUNCATE ON "SubmissionRecommendation" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "SubmissionFollowUp_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "SubmissionFollowUp" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "SubmissionFollowUp_page_cache_truncate" AFTER TRUNCATE ON "SubmissionFollowUp" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
