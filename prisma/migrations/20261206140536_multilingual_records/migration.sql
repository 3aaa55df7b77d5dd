-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "language" VARCHAR(3) NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "language" VARCHAR(3) NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "language" VARCHAR(3) NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "InformationExchange" ADD COLUMN     "language" VARCHAR(3) NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

