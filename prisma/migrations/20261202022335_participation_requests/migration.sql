-- CreateEnum
CREATE TYPE "ParticipationRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ParticipationRequest" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "ParticipationRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParticipationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParticipationRequest_programId_status_idx" ON "ParticipationRequest"("programId", "status");

-- CreateIndex
CREATE INDEX "ParticipationRequest_organisationId_createdAt_idx" ON "ParticipationRequest"("organisationId", "createdAt");

-- AddForeignKey
ALTER TABLE "ParticipationRequest" ADD CONSTRAINT "ParticipationRequest_programId_fkey" FOREIGN KEY ("programId") REFERENCES "CooperationProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationRequest" ADD CONSTRAINT "ParticipationRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationRequest" ADD CONSTRAINT "ParticipationRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationRequest" ADD CONSTRAINT "ParticipationRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: one pending request per program, organisation and role (Prisma cannot declare a partial unique index)
CREATE UNIQUE INDEX "ParticipationRequest_one_pending_key" ON "ParticipationRequest"("programId", "organisationId", "role") WHERE "status" = 'PENDING';
