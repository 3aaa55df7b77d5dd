-- A terminated agreement keeps the date it ceased to be in force, so it can be shown from-to
-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "terminatedOn" DATE;

