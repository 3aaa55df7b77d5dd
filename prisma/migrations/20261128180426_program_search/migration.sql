-- DropIndex
DROP INDEX "CooperationProgram_visibility_idx";

-- CreateIndex
CREATE INDEX "CooperationProgram_visibility_updatedAt_idx" ON "CooperationProgram"("visibility", "updatedAt");


-- Full-text search on title, summary and objectives. Prisma's schema language cannot declare an
-- expression index, so it lives here only (tests/integration/migrations.test.ts lists it as
-- hand-written). The expression must match PROGRAM_SEARCH_DOCUMENT in lib/programs/program-search.ts
CREATE INDEX "CooperationProgram_search_idx" ON "CooperationProgram" USING GIN (
  (setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "summary"), 'B') || setweight(to_tsvector('simple'::regconfig, "objectives"), 'C'))
);
