-- Every program gets one reporting organisation (IATI reporting-org): the organisation whose country's
-- ministry staff may change it. Existing programs are given, in this order of preference:
--   1. their ACCOUNTABLE participant that is a government ministry (the earliest added);
--   2. the organisation of the user who registered or imported them (the actor of the earliest
--      "program.create" or "program.import" entry in the audit trail);
--   3. their earliest ACCOUNTABLE participant of any kind;
--   4. their earliest participant of any role.
-- A program that matches none of these is not given an owner by guesswork: the NOT NULL below then
-- stops the migration ("column ... contains null values"). Find them with
--   SELECT "id", "identifier" FROM "CooperationProgram" WHERE "reportingOrganisationId" IS NULL;
-- set their "reportingOrganisationId" by hand, and apply the migration again.

ALTER TABLE "CooperationProgram" ADD COLUMN "reportingOrganisationId" TEXT;

UPDATE "CooperationProgram" p SET "reportingOrganisationId" = (
  SELECT pa."organisationId" FROM "Participant" pa JOIN "Organisation" o ON o."id" = pa."organisationId"
  WHERE pa."programId" = p."id" AND pa."role" = 'ACCOUNTABLE' AND o."kind" = 'GOVERNMENT_MINISTRY'
  ORDER BY pa."createdAt", pa."id" LIMIT 1
);

UPDATE "CooperationProgram" p SET "reportingOrganisationId" = (
  SELECT u."organisationId" FROM "AuditEvent" a JOIN "User" u ON u."id" = a."actorId"
  WHERE a."entityType" = 'CooperationProgram' AND a."entityId" = p."id" AND a."action" IN ('program.create', 'program.import')
  ORDER BY a."at", a."id" LIMIT 1
) WHERE p."reportingOrganisationId" IS NULL;

UPDATE "CooperationProgram" p SET "reportingOrganisationId" = (
  SELECT pa."organisationId" FROM "Participant" pa
  WHERE pa."programId" = p."id" AND pa."role" = 'ACCOUNTABLE'
  ORDER BY pa."createdAt", pa."id" LIMIT 1
) WHERE p."reportingOrganisationId" IS NULL;

UPDATE "CooperationProgram" p SET "reportingOrganisationId" = (
  SELECT pa."organisationId" FROM "Participant" pa
  WHERE pa."programId" = p."id"
  ORDER BY pa."createdAt", pa."id" LIMIT 1
) WHERE p."reportingOrganisationId" IS NULL;


ALTER TABLE "CooperationProgram" ALTER COLUMN "reportingOrganisationId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "CooperationProgram_reportingOrganisationId_idx" ON "CooperationProgram"("reportingOrganisationId");

-- AddForeignKey
ALTER TABLE "CooperationProgram" ADD CONSTRAINT "CooperationProgram_reportingOrganisationId_fkey" FOREIGN KEY ("reportingOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
