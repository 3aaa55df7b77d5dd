-- CreateTable
CREATE TABLE "FigureCache" (
    "key" TEXT NOT NULL,
    "value" JSONB,
    "computedAt" TIMESTAMP(3),
    "claimedAt" TIMESTAMP(3),

    CONSTRAINT "FigureCache_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "FigureCache_computedAt_idx" ON "FigureCache"("computedAt");

