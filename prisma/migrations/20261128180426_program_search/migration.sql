-- DropIndex
DROP INDEX "CooperationProgram_visibility_idx";

-- CreateIndex
CREATE INDEX "CooperationProgram_visibility_updatedAt_idx" ON "CooperationProgram"("visibility", "updatedAt");

-- Full-text search on title, summary and objectives. Prisma's schema language cannot declare a
-- generated column nor a GIN index on one, so both are written here (tests/integration/migrations.test.ts
-- checks them). Storing the vector lets a search rank its matches without parsing every text again.
ALTER TABLE "CooperationProgram" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "title"), 'A') ||
  setweight(to_tsvector('simple'::regconfig, "summary"), 'B') ||
  setweight(to_tsvector('simple'::regconfig, "objectives"), 'C')
) STORED;

CREATE INDEX "CooperationProgram_search_idx" ON "CooperationProgram" USING GIN ("searchVector");
