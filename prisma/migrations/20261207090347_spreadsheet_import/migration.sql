-- CreateEnum
CREATE TYPE "SpreadsheetImportStatus" AS ENUM ('READING', 'PREVIEWED', 'CONFIRMING', 'CONFIRMED', 'FAILED');

-- CreateTable
CREATE TABLE "SpreadsheetImport" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileNames" TEXT[],
    "files" BYTEA[],
    "sizeBytes" INTEGER NOT NULL,
    "checksum" CHAR(64) NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "status" "SpreadsheetImportStatus" NOT NULL DEFAULT 'READING',
    "progress" JSONB NOT NULL DEFAULT '{}',
    "preview" JSONB NOT NULL DEFAULT '{}',
    "result" JSONB,
    "failure" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpreadsheetImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpreadsheetImport_createdById_createdAt_idx" ON "SpreadsheetImport"("createdById", "createdAt");

-- AddForeignKey
ALTER TABLE "SpreadsheetImport" ADD CONSTRAINT "SpreadsheetImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

