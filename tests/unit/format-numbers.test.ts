// Figures are written the way their reader writes numbers: money, shares, large counts and chart
// labels in English, Spanish, French and Vietnamese, exactly as Intl spells them (French groups
// digits with a narrow no-break space, U+202F; Spanish and French put a no-break space, U+00A0,
// before "%").
import { describe, expect, it, vi } from "vitest";
import { chartFormat } from "@/lib/platform/format/chart";
import { formatDecimal, formatMoney, formatPercent, formatPercentage, minorUnit, numberFormat } from "@/lib/platform/format/numbers";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("number formatting", () => {
  it("makes one formatter per locale and options, and reuses it", () => {
    expect(numberFormat("en", { maximumFractionDigits: 2 })).toBe(numberFormat("en", { maximumFractionDigits: 2 }));
    expect(numberFormat("en", { maximumFractionDigits: 2 })).not.toBe(numberFormat("en", { maximumFractionDigits: 3 }));
    expect(numberFormat("en")).not.toBe(numberFormat("fr"));
  });

  it("asks Intl for a currency's minor unit once, not for every amount", () => {
    const resolved = vi.spyOn(Intl.NumberFormat.prototype, "resolvedOptions");
    for (let i = 0; i < 50; i++) formatMoney("1250.5", "KWD", "fr", { rounded: true });
    expect(resolved).toHaveBeenCalledTimes(1);
    expect(minorUnit("KWD")).toBe(3);
    expect(minorUnit("VND")).toBe(0);
    expect(resolved).toHaveBeenCalledTimes(2);
    resolved.mockRestore();
  });

  it("formats decimal strings exactly, without going through a float", () => {
    expect(formatDecimal("12345678901234567.25", 2, "en")).toBe("12,345,678,901,234,567.25");
    expect(formatDecimal("1250000.5", 4, "en")).toBe("1,250,000.5");
    expect(formatDecimal("0.123456", 4, "en")).toBe("0.1235");
  });

  it.each([
    ["en", "1,250,000.50 MXN", "12,345,678,901,234,567.25 USD"],
    ["es", "1.250.000,50 MXN", "12.345.678.901.234.567,25 USD"],
    ["fr", `1${NNBSP}250${NNBSP}000,50 MXN`, `12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567,25 USD`],
    ["vi", "1.250.000,50 MXN", "12.345.678.901.234.567,25 USD"],
  ])("writes money in %s with its currency code, every cent kept", (locale, mxn, huge) => {
    expect(formatMoney("1250000.50", "MXN", locale)).toBe(mxn);
    // Prisma's Decimal writes 1250000.50 as "1250000.5": the cents still show.
    expect(formatMoney("1250000.5", "MXN", locale)).toBe(mxn);
    // Beyond a float's 15 significant digits, nothing is rounded.
    expect(formatMoney("12345678901234567.25", "USD", locale)).toBe(huge);
  });

  it("shows at least the currency's minor unit, and every digit that was stored", () => {
    expect(minorUnit("MXN")).toBe(2);
    expect(minorUnit("VND")).toBe(0);
    expect(minorUnit("KWD")).toBe(3);
    expect(minorUnit("not a code")).toBe(2);
    expect(formatMoney("300", "MXN", "en")).toBe("300.00 MXN");
    expect(formatMoney("300", "VND", "vi")).toBe("300 VND");
    expect(formatMoney("1234.50", "VND", "vi")).toBe("1.234,50 VND");
    expect(formatMoney("0.1235", "USD", "en")).toBe("0.1235 USD");
    expect(formatMoney("0.1235", "USD", "en", { rounded: true })).toBe("0.12 USD");
    expect(formatMoney("2.005", "USD", "en", { rounded: true })).toBe("2.01 USD");
  });

  it.each([
    ["en", "12.5%", "67%", "0%"],
    ["es", `12,5${NBSP}%`, `67${NBSP}%`, `0${NBSP}%`],
    ["fr", `12,5${NBSP}%`, `67${NBSP}%`, `0${NBSP}%`],
    ["vi", "12,5%", "67%", "0%"],
  ])("writes a share in percent in %s, or a dash when there is nothing to share", (locale, eighth, twoThirds, none) => {
    expect(formatPercent(1, 8, locale)).toBe(eighth);
    expect(formatPercent(2, 3, locale, 0)).toBe(twoThirds);
    expect(formatPercent(0, 5, locale)).toBe(none);
    expect(formatPercent(3, 0, locale)).toBe("—");
  });

  it.each([
    ["en", "50.0%", "-12.5%", "1,234.5%"],
    ["es", `50,0${NBSP}%`, `-12,5${NBSP}%`, `1234,5${NBSP}%`],
    ["fr", `50,0${NBSP}%`, `-12,5${NBSP}%`, `1${NNBSP}234,5${NBSP}%`],
    ["vi", "50,0%", "-12,5%", "1.234,5%"],
  ])("writes a progress already in percent in %s, with the digits it has", (locale, half, back, far) => {
    expect(formatPercentage("50.0", locale)).toBe(half);
    expect(formatPercentage("-12.5", locale)).toBe(back);
    expect(formatPercentage("1234.5", locale)).toBe(far);
  });

  it.each([
    ["en", "12,345,678"],
    ["es", "12.345.678"],
    ["fr", `12${NNBSP}345${NNBSP}678`],
    ["vi", "12.345.678"],
  ])("groups the digits of a large count in %s", (locale, expected) => {
    expect(numberFormat(locale).format(12345678)).toBe(expected);
  });
});

describe("chart labels", () => {
  it.each([
    ["en", "1.3M", "1,250,000.50 MXN", "1,250,000.5"],
    ["es", `1,3${NBSP}M`, "1.250.000,50 MXN", "1.250.000,5"],
    ["fr", `1,3${NBSP}M`, `1${NNBSP}250${NNBSP}000,50 MXN`, `1${NNBSP}250${NNBSP}000,5`],
    ["vi", `1,3${NBSP}Tr`, "1.250.000,50 MXN", "1.250.000,5"],
  ])("write the axis and the tooltip the %s way", (locale, tick, money, count) => {
    const row = { type: "Training", committed: 1250000.5, exact: { committed: "1250000.50" } };
    expect(chartFormat(locale).tick(1250000)).toBe(tick);
    expect(chartFormat(locale, "MXN").tooltip(1250000.5, "committed", row)).toBe(money);
    expect(chartFormat(locale).tooltip(1250000.5, "committed", row)).toBe(count);
  });

  it("show a money tooltip from the exact amount, not the bar's float", () => {
    const row = { type: "Training", committed: 90071992547409.99, exact: { committed: "90071992547409.99" } };
    expect(String(row.committed)).not.toBe("90071992547409.99");
    expect(chartFormat("es", "USD").tooltip(row.committed, "committed", row)).toBe("90.071.992.547.409,99 USD");
  });
});
