-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "currencyCode" CHAR(3) NOT NULL,
    "quoteCurrencyCode" CHAR(3) NOT NULL,
    "rate" DECIMAL(24,10) NOT NULL,
    "validOn" DATE NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExchangeRate_quoteCurrencyCode_currencyCode_validOn_idx" ON "ExchangeRate"("quoteCurrencyCode", "currencyCode", "validOn");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currencyCode_quoteCurrencyCode_validOn_key" ON "ExchangeRate"("currencyCode", "quoteCurrencyCode", "validOn");

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_currencyCode_fkey" FOREIGN KEY ("currencyCode") REFERENCES "Currency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_quoteCurrencyCode_fkey" FOREIGN KEY ("quoteCurrencyCode") REFERENCES "Currency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

