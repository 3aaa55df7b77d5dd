-- CreateEnum
CREATE TYPE "IatiImportStatus" AS ENUM ('PREVIEWED', 'CONFIRMED');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "CooperationProgram" ADD COLUMN     "language" VARCHAR(3) NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "IatiImport" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "checksum" CHAR(64) NOT NULL,
    "xml" TEXT NOT NULL,
    "defaultAgreementId" TEXT,
    "preview" JSONB NOT NULL,
    "status" "IatiImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "result" JSONB,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IatiImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IatiImport_createdById_createdAt_idx" ON "IatiImport"("createdById", "createdAt");

-- AddForeignKey
ALTER TABLE "IatiImport" ADD CONSTRAINT "IatiImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

