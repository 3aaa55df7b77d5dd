import { describe, expect, it } from "vitest";
import { prefixQuery } from "@/lib/domain/programs/program-search";
import { ZCreateProgram, ZProgramFilter } from "@/lib/domain/programs/schemas";
import { FINISHED_STATUSES, REOPEN_TRANSITIONS, STATUS_TRANSITIONS } from "@/lib/domain/programs/program-lifecycle";

describe("prefixQuery", () => {
  it("turns words into a prefix query joined by AND", () => {
    expect(prefixQuery("Labour  inspection")).toBe("labour:* & inspection:*");
    expect(prefixQuery("inspección laboral")).toBe("inspección:* & laboral:*");
  });

  it("keeps only letters and digits, so query syntax cannot get through", () => {
    expect(prefixQuery("a:* | !b & (c)")).toBe("a:* & b:* & c:*");
    expect(prefixQuery("'); DROP TABLE x; --")).toBe("drop:* & table:* & x:*");
    expect(prefixQuery("&|!():*")).toBeNull();
    expect(prefixQuery("")).toBeNull();
  });

  it("uses at most 12 words", () => {
    expect(prefixQuery(Array.from({ length: 20 }, (_, index) => `w${index}`).join(" "))!.split(" & ")).toHaveLength(12);
  });
});

describe("the lifecycle tables", () => {
  it("let nothing leave a closed or cancelled program except reopening", () => {
    for (const status of FINISHED_STATUSES) {
      expect(STATUS_TRANSITIONS[status]).toEqual([]);
      expect(REOPEN_TRANSITIONS[status]!.length).toBeGreaterThan(0);
    }
  });

  it("never lead from a status to itself", () => {
    for (const [from, tos] of Object.entries(STATUS_TRANSITIONS)) expect(tos).not.toContain(from);
  });
});

describe("ZCreateProgram", () => {
  const base = { agreementId: "a1", identifier: "MX-STPS-1", title: "Program", currencyCode: "usd" };

  it("asks each type for its own details and ignores the others'", () => {
    const financial = ZCreateProgram.safeParse({ ...base, type: "FINANCIAL_ASSISTANCE", expertiseArea: "ignored" });
    expect(financial.success).toBe(false);
    expect(financial.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(["funderId", "fundingAmount"]);
    const technical = ZCreateProgram.parse({ ...base, type: "TECHNICAL_COOPERATION", expertiseArea: "Inspection", funderId: "ignored" });
    expect(technical).not.toHaveProperty("funderId");
    expect(technical.currencyCode).toBe("USD");
  });

  it.each(["1e6", "-5", "12.34567", "1,000", "N/A", ""])("refuses the amount %j", (amount) => {
    const result = ZCreateProgram.safeParse({ ...base, type: "FINANCIAL_ASSISTANCE", funderId: "o1", fundingAmount: amount });
    expect(result.success).toBe(false);
  });

  it("keeps an amount exact, as a decimal string", () => {
    const parsed = ZCreateProgram.parse({ ...base, type: "FINANCIAL_ASSISTANCE", funderId: "o1", fundingAmount: "0.1000" });
    expect(parsed.type === "FINANCIAL_ASSISTANCE" && parsed.fundingAmount).toBe("0.1000");
  });
});

describe("ZProgramFilter", () => {
  it("treats empty parameters as unset and defaults the order to the latest change", () => {
    expect(ZProgramFilter.parse({ q: "", type: "", year: "", sort: "" })).toEqual({ sort: "updated" });
  });

  it("reads a year and upper-cases a country", () => {
    expect(ZProgramFilter.parse({ year: "2024", country: "mx" })).toMatchObject({ year: 2024, country: "MX" });
  });
});
