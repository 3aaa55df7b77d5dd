import { describe, expect, it } from "vitest";
import { formatDecimal, formatMoney, formatPercent, numberFormat } from "@/lib/platform/format/numbers";

describe("number formatting", () => {
  it("makes one formatter per locale and options, and reuses it", () => {
    expect(numberFormat("en", { maximumFractionDigits: 2 })).toBe(numberFormat("en", { maximumFractionDigits: 2 }));
    expect(numberFormat("en", { maximumFractionDigits: 2 })).not.toBe(numberFormat("en", { maximumFractionDigits: 3 }));
    expect(numberFormat("en")).not.toBe(numberFormat("fr"));
  });

  it("formats decimal strings exactly, without going through a float", () => {
    expect(formatDecimal("12345678901234567.25", 2, "en")).toBe("12,345,678,901,234,567.25");
    expect(formatDecimal("1250000.5", 4, "en")).toBe("1,250,000.5");
    expect(formatDecimal("0.123456", 4, "en")).toBe("0.1235");
  });

  it("writes an amount with the digits it was stored with, and its currency", () => {
    expect(formatMoney("1250000.50", "USD", "en")).toBe("1,250,000.50 USD");
    expect(formatMoney("300", "MXN", "en")).toBe("300 MXN");
    expect(formatMoney("1234.5", "EUR", "fr")).toMatch(/^1\s234,5 EUR$/u);
  });

  it("writes a share in percent, or a dash when there is nothing to share", () => {
    expect(formatPercent(1, 8, "en")).toBe("12.5 %");
    expect(formatPercent(2, 3, "en", 0)).toBe("67 %");
    expect(formatPercent(0, 5, "en")).toBe("0 %");
    expect(formatPercent(3, 0, "en")).toBe("—");
  });

  it("writes every figure the way the reader's language does", () => {
    expect(formatDecimal("1250000.5", 2, "es")).toMatch(/^1\.250\.000,5$/);
    expect(formatDecimal("1250000.5", 2, "fr")).toMatch(/^1\s250\s000,5$/u);
    expect(formatDecimal("1250000.5", 2, "vi")).toBe("1.250.000,5");
    expect(formatMoney("1234.50", "VND", "vi")).toBe("1.234,50 VND");
    expect(formatPercent(1, 8, "fr")).toBe("12,5 %");
    expect(formatPercent(1, 8, "es")).toBe("12,5 %");
  });
});
