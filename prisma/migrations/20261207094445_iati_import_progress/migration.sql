-- An IATI file is read and written in the background, with its progress stored as it goes.

-- AlterEnum

ALTER TYPE "IatiImportStatus" ADD VALUE 'READING' BEFORE 'PREVIEWED';
ALTER TYPE "IatiImportStatus" ADD VALUE 'CONFIRMING' BEFORE 'CONFIRMED';
ALTER TYPE "IatiImportStatus" ADD VALUE 'FAILED';

-- AlterTable
ALTER TABLE "IatiImport" ADD COLUMN     "failure" TEXT,
ADD COLUMN     "progress" JSONB NOT NULL DEFAULT '{}';

