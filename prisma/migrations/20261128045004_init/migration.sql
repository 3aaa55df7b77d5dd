-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ANALYST', 'GOVERNMENT', 'CIVIL_SOCIETY');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('GOVERNMENT_MINISTRY', 'WORKERS_ORGANISATION', 'EMPLOYERS_ORGANISATION', 'NGO', 'ACADEMIC', 'INTERNATIONAL_ORGANISATION', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('BILATERAL', 'REGIONAL', 'PLURILATERAL');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('NEGOTIATING', 'SIGNED', 'IN_FORCE', 'TERMINATED');

-- CreateEnum
CREATE TYPE "ProvisionCategory" AS ENUM ('OBLIGATIONS', 'COOPERATION', 'MONITORING', 'DISPUTE_SETTLEMENT', 'INSTITUTIONAL');

-- CreateEnum
CREATE TYPE "LabourTopic" AS ENUM ('FREEDOM_OF_ASSOCIATION', 'FORCED_LABOUR', 'CHILD_LABOUR', 'NON_DISCRIMINATION', 'OCCUPATIONAL_SAFETY', 'WAGES_AND_HOURS', 'LABOUR_INSPECTION', 'INFORMAL_EMPLOYMENT', 'MIGRANT_WORKERS', 'SOCIAL_DIALOGUE', 'OTHER');

-- CreateEnum
CREATE TYPE "InstitutionKind" AS ENUM ('MINISTERIAL_COUNCIL', 'CONTACT_POINT', 'PERMANENT_SECRETARIAT', 'ADVISORY_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "ProgramType" AS ENUM ('FINANCIAL_ASSISTANCE', 'TECHNICAL_COOPERATION', 'JOINT_RESEARCH', 'INFORMATION_SHARING');

-- CreateEnum
CREATE TYPE "ProgramStatus" AS ENUM ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION', 'CLOSED', 'CANCELLED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('FUNDER', 'ACCOUNTABLE', 'IMPLEMENTER', 'PARTNER', 'CONSULTED', 'MONITOR', 'BENEFICIARY');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('WORKSHOP', 'TRAINING', 'CONSULTATION', 'STUDY_VISIT', 'CONFERENCE', 'PUBLICATION', 'DATA_EXCHANGE');

-- CreateEnum
CREATE TYPE "Constituency" AS ENUM ('GOVERNMENT', 'WORKERS', 'EMPLOYERS', 'CIVIL_SOCIETY', 'OTHER');

-- CreateEnum
CREATE TYPE "BudgetType" AS ENUM ('ORIGINAL', 'REVISED');

-- CreateEnum
CREATE TYPE "BudgetStatus" AS ENUM ('INDICATIVE', 'COMMITTED');

-- CreateEnum
CREATE TYPE "TransactionType" AS ENUM ('INCOMING_FUNDS', 'COMMITMENT', 'DISBURSEMENT', 'EXPENDITURE');

-- CreateEnum
CREATE TYPE "ResultLevel" AS ENUM ('OUTPUT', 'OUTCOME', 'IMPACT');

-- CreateEnum
CREATE TYPE "IndicatorMeasure" AS ENUM ('UNIT', 'PERCENTAGE', 'NOMINAL', 'ORDINAL', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('ACTION', 'REMEDIATION');

-- CreateEnum
CREATE TYPE "PlanOrigin" AS ENUM ('REVIEW_FINDING', 'COUNCIL_DECISION', 'PUBLIC_SUBMISSION', 'OTHER');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('SCHEDULED', 'MET', 'PARTIALLY_MET', 'NOT_MET');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVE', 'REQUEST_CHANGES', 'COMMENT');

-- CreateEnum
CREATE TYPE "ExchangeKind" AS ENUM ('LEGISLATION_UPDATE', 'LABOUR_MARKET_DATA', 'INSPECTION_REPORT', 'BEST_PRACTICE', 'OTHER');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Currency" (
    "code" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "minorUnit" INTEGER NOT NULL DEFAULT 2,

    CONSTRAINT "Currency_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "countryCode" CHAR(2),
    "iatiIdentifier" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "lastSignInAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "signedOn" DATE,
    "inForceOn" DATE,
    "summary" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","countryCode")
);

-- CreateTable
CREATE TABLE "LabourProvision" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "category" "ProvisionCategory" NOT NULL,
    "topic" "LabourTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LabourProvision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "kind" "InstitutionKind" NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "hostOrganisationId" TEXT,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "address" TEXT,
    "website" TEXT,
    "mandate" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationProgram" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "leadInstitutionId" TEXT,
    "identifier" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "objectives" TEXT NOT NULL DEFAULT '',
    "type" "ProgramType" NOT NULL,
    "status" "ProgramStatus" NOT NULL,
    "topics" "LabourTopic"[],
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "actualStart" DATE,
    "actualEnd" DATE,
    "currencyCode" CHAR(3) NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "funderId" TEXT,
    "fundingAmount" DECIMAL(20,4),
    "expertiseArea" TEXT,
    "researchQuestions" TEXT,
    "researchOutputs" TEXT,
    "exchangeSubject" TEXT,
    "exchangeBetween" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CooperationProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramCountry" (
    "programId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "ProgramCountry_pkey" PRIMARY KEY ("programId","countryCode")
);

-- CreateTable
CREATE TABLE "ProgramProvision" (
    "programId" TEXT NOT NULL,
    "provisionId" TEXT NOT NULL,

    CONSTRAINT "ProgramProvision_pkey" PRIMARY KEY ("programId","provisionId")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "place" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "organisationId" TEXT,
    "constituency" "Constituency" NOT NULL,
    "women" INTEGER NOT NULL DEFAULT 0,
    "men" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Budget" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "type" "BudgetType" NOT NULL,
    "status" "BudgetStatus" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "amount" DECIMAL(20,4) NOT NULL,
    "currencyCode" CHAR(3) NOT NULL,
    "valueDate" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Transaction" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "type" "TransactionType" NOT NULL,
    "date" DATE NOT NULL,
    "amount" DECIMAL(20,4) NOT NULL,
    "currencyCode" CHAR(3) NOT NULL,
    "providerId" TEXT,
    "receiverId" TEXT,
    "reference" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "level" "ResultLevel" NOT NULL,
    "measure" "IndicatorMeasure" NOT NULL,
    "ascending" BOOLEAN NOT NULL DEFAULT true,
    "baselineYear" INTEGER,
    "baselineValue" DECIMAL(20,4),
    "baselineText" TEXT,
    "unit" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorPeriod" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "targetValue" DECIMAL(20,4),
    "targetText" TEXT,
    "actualValue" DECIMAL(20,4),
    "actualText" TEXT,
    "comment" TEXT,
    "reportedById" TEXT,
    "reportedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "kind" "PlanKind" NOT NULL,
    "title" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "programId" TEXT,
    "origin" "PlanOrigin" NOT NULL,
    "originDetail" TEXT NOT NULL DEFAULT '',
    "ownerOrganisationId" TEXT NOT NULL,
    "objectives" TEXT NOT NULL DEFAULT '',
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "responsibleOrganisationId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "MeasureStatus" NOT NULL DEFAULT 'SCHEDULED',
    "decisionId" TEXT,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "analystId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationExchange" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "fromCountryCode" CHAR(2) NOT NULL,
    "toCountryCode" CHAR(2),
    "kind" "ExchangeKind" NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InformationExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeProvision" (
    "exchangeId" TEXT NOT NULL,
    "provisionId" TEXT NOT NULL,

    CONSTRAINT "ExchangeProvision_pkey" PRIMARY KEY ("exchangeId","provisionId")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" VARCHAR(4) NOT NULL,
    "url" TEXT,
    "storageKey" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "sizeBytes" INTEGER,
    "checksum" CHAR(64),
    "languageCode" VARCHAR(3),
    "documentDate" DATE,
    "programId" TEXT,
    "measureId" TEXT,
    "meetingId" TEXT,
    "exchangeId" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "programId" TEXT,
    "planId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_iatiIdentifier_key" ON "Organisation"("iatiIdentifier");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_countryCode_idx" ON "Organisation"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_countryCode_key" ON "Organisation"("name", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_shortName_key" ON "Agreement"("shortName");

-- CreateIndex
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");

-- CreateIndex
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");

-- CreateIndex
CREATE INDEX "AgreementParty_countryCode_idx" ON "AgreementParty"("countryCode");

-- CreateIndex
CREATE INDEX "LabourProvision_agreementId_category_topic_idx" ON "LabourProvision"("agreementId", "category", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "LabourProvision_agreementId_article_topic_key" ON "LabourProvision"("agreementId", "article", "topic");

-- CreateIndex
CREATE INDEX "Institution_agreementId_kind_idx" ON "Institution"("agreementId", "kind");

-- CreateIndex
CREATE INDEX "Institution_countryCode_idx" ON "Institution"("countryCode");

-- CreateIndex
CREATE INDEX "Meeting_institutionId_date_idx" ON "Meeting"("institutionId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_meetingId_position_key" ON "MeetingDecision"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationProgram_identifier_key" ON "CooperationProgram"("identifier");

-- CreateIndex
CREATE INDEX "CooperationProgram_agreementId_idx" ON "CooperationProgram"("agreementId");

-- CreateIndex
CREATE INDEX "CooperationProgram_type_status_idx" ON "CooperationProgram"("type", "status");

-- CreateIndex
CREATE INDEX "CooperationProgram_status_idx" ON "CooperationProgram"("status");

-- CreateIndex
CREATE INDEX "CooperationProgram_visibility_idx" ON "CooperationProgram"("visibility");

-- CreateIndex
CREATE INDEX "CooperationProgram_plannedStart_idx" ON "CooperationProgram"("plannedStart");

-- CreateIndex
CREATE INDEX "CooperationProgram_updatedAt_idx" ON "CooperationProgram"("updatedAt");

-- CreateIndex
CREATE INDEX "CooperationProgram_topics_idx" ON "CooperationProgram" USING GIN ("topics");

-- CreateIndex
CREATE INDEX "ProgramCountry_countryCode_idx" ON "ProgramCountry"("countryCode");

-- CreateIndex
CREATE INDEX "ProgramProvision_provisionId_idx" ON "ProgramProvision"("provisionId");

-- CreateIndex
CREATE INDEX "Participant_organisationId_role_idx" ON "Participant"("organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_programId_organisationId_role_key" ON "Participant"("programId", "organisationId", "role");

-- CreateIndex
CREATE INDEX "Event_programId_startDate_idx" ON "Event"("programId", "startDate");

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Attendance_organisationId_idx" ON "Attendance"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_eventId_organisationId_constituency_key" ON "Attendance"("eventId", "organisationId", "constituency");

-- CreateIndex
CREATE INDEX "Budget_programId_periodStart_idx" ON "Budget"("programId", "periodStart");

-- CreateIndex
CREATE INDEX "Transaction_programId_type_date_idx" ON "Transaction"("programId", "type", "date");

-- CreateIndex
CREATE INDEX "Transaction_type_date_idx" ON "Transaction"("type", "date");

-- CreateIndex
CREATE INDEX "Transaction_providerId_idx" ON "Transaction"("providerId");

-- CreateIndex
CREATE INDEX "Transaction_receiverId_idx" ON "Transaction"("receiverId");

-- CreateIndex
CREATE INDEX "Indicator_programId_idx" ON "Indicator"("programId");

-- CreateIndex
CREATE INDEX "IndicatorPeriod_dueDate_idx" ON "IndicatorPeriod"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorPeriod_indicatorId_periodStart_key" ON "IndicatorPeriod"("indicatorId", "periodStart");

-- CreateIndex
CREATE INDEX "Plan_agreementId_countryCode_idx" ON "Plan"("agreementId", "countryCode");

-- CreateIndex
CREATE INDEX "Plan_status_idx" ON "Plan"("status");

-- CreateIndex
CREATE INDEX "Plan_ownerOrganisationId_idx" ON "Plan"("ownerOrganisationId");

-- CreateIndex
CREATE INDEX "Plan_programId_idx" ON "Plan"("programId");

-- CreateIndex
CREATE INDEX "Measure_planId_idx" ON "Measure"("planId");

-- CreateIndex
CREATE INDEX "Measure_responsibleOrganisationId_dueDate_idx" ON "Measure"("responsibleOrganisationId", "dueDate");

-- CreateIndex
CREATE INDEX "Measure_status_dueDate_idx" ON "Measure"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Review_planId_createdAt_idx" ON "Review"("planId", "createdAt");

-- CreateIndex
CREATE INDEX "InformationExchange_agreementId_date_idx" ON "InformationExchange"("agreementId", "date");

-- CreateIndex
CREATE INDEX "InformationExchange_fromCountryCode_idx" ON "InformationExchange"("fromCountryCode");

-- CreateIndex
CREATE INDEX "InformationExchange_toCountryCode_idx" ON "InformationExchange"("toCountryCode");

-- CreateIndex
CREATE INDEX "ExchangeProvision_provisionId_idx" ON "ExchangeProvision"("provisionId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_programId_idx" ON "Document"("programId");

-- CreateIndex
CREATE INDEX "Document_measureId_idx" ON "Document"("measureId");

-- CreateIndex
CREATE INDEX "Document_meetingId_idx" ON "Document"("meetingId");

-- CreateIndex
CREATE INDEX "Document_exchangeId_idx" ON "Document"("exchangeId");

-- CreateIndex
CREATE INDEX "Comment_programId_createdAt_idx" ON "Comment"("programId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_planId_createdAt_idx" ON "Comment"("planId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabourProvision" ADD CONSTRAINT "LabourProvision_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationProgram" ADD CONSTRAINT "CooperationProgram_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationProgram" ADD CONSTRAINT "CooperationProgram_leadInstitutionId_fkey" FOREIGN KEY ("leadInstitutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationProgram" ADD CONSTRAINT "CooperationProgram_currencyCode_fkey" FOREIGN KEY ("currencyCode") REFERENCES "Currency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationProgram" ADD CONSTRAINT "CooperationProgram_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramCountry" ADD CONSTRAINT "ProgramCountry_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramCountry" ADD CONSTRAINT "ProgramCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramProvision" ADD CONSTRAINT "ProgramProvision_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramProvision" ADD CONSTRAINT "ProgramProvision_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "LabourProvision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Budget" ADD CONSTRAINT "Budget_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Budget" ADD CONSTRAINT "Budget_currencyCode_fkey" FOREIGN KEY ("currencyCode") REFERENCES "Currency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_currencyCode_fkey" FOREIGN KEY ("currencyCode") REFERENCES "Currency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorPeriod" ADD CONSTRAINT "IndicatorPeriod_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorPeriod" ADD CONSTRAINT "IndicatorPeriod_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_responsibleOrganisationId_fkey" FOREIGN KEY ("responsibleOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "MeetingDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_analystId_fkey" FOREIGN KEY ("analystId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationExchange" ADD CONSTRAINT "InformationExchange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationExchange" ADD CONSTRAINT "InformationExchange_fromCountryCode_fkey" FOREIGN KEY ("fromCountryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationExchange" ADD CONSTRAINT "InformationExchange_toCountryCode_fkey" FOREIGN KEY ("toCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationExchange" ADD CONSTRAINT "InformationExchange_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeProvision" ADD CONSTRAINT "ExchangeProvision_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "InformationExchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeProvision" ADD CONSTRAINT "ExchangeProvision_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "LabourProvision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "InformationExchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

