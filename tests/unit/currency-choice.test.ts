import { describe, expect, it } from "vitest";
import { defaultCurrency } from "@/components/ui/currency-choice";

// Where a money form's currency starts (the funding forms, a new exchange rate): a wrong guess on
// the first of the list is sent by whoever does not look.

const currencies = [{ code: "AED" }, { code: "MXN" }, { code: "USD" }];

describe("the currency a money form starts on", () => {
  it("is the first preferred one that is a choice: the record's own, then the one used last", () => {
    expect(defaultCurrency(currencies, "MXN", "USD")).toBe("MXN");
    expect(defaultCurrency(currencies, undefined, "USD")).toBe("USD");
    expect(defaultCurrency(currencies, "XYZ", null, "USD")).toBe("USD");
  });

  it("is none, never the first of the list, when nothing is known", () => {
    expect(defaultCurrency(currencies)).toBe("");
    expect(defaultCurrency(currencies, undefined, null)).toBe("");
  });
});
