import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { renderFieldErrors, renderProblem } from "@/lib/platform/i18n/render-problem";
import { formObject } from "@/lib/platform/actions/form-action";
import { ZCreateAgreement, ZCreateMeeting } from "@/lib/domain/agreements/schemas";
import { ZDay } from "@/lib/platform/validation";

describe("formObject", () => {
  it("turns empty fields into undefined and repeated fields named as lists into lists", () => {
    const form = new FormData();
    form.append("title", "USMCA");
    form.append("summary", "");
    form.append("parties", "MX");
    form.append("parties", "US");
    form.append("$ACTION_ID_abc", "");
    expect(formObject(form, { arrays: ["parties", "topics"] })).toEqual({ title: "USMCA", summary: undefined, parties: ["MX", "US"], topics: [] });
  });
});

describe("ZDay", () => {
  it("accepts real calendar dates only", () => {
    expect(ZDay.parse("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(ZDay.parse("")).toBeUndefined();
    for (const value of ["2023-02-29", "2024-13-01", "01/02/2024", "2024-1-1", "tomorrow"]) {
      expect(ZDay.safeParse(value).success, value).toBe(false);
    }
  });
});

describe("ZCreateAgreement", () => {
  const base = { title: "T", shortName: "TT", kind: "BILATERAL", status: "IN_FORCE", signedOn: "2020-01-01", inForceOn: "2020-06-01", parties: ["MX", "US"] };

  it("accepts a consistent agreement and upper-cases party codes", () => {
    expect(ZCreateAgreement.parse({ ...base, parties: ["mx", "us"] }).parties).toEqual(["MX", "US"]);
  });

  it("reports each cross-field problem on its field", () => {
    const issues = (input: object) => ZCreateAgreement.safeParse(input).error?.issues.map((issue) => issue.path.join("."));
    expect(issues({ ...base, inForceOn: "2019-12-31" })).toEqual(["inForceOn"]);
    expect(issues({ ...base, signedOn: "" })).toEqual(["signedOn"]);
    expect(issues({ ...base, inForceOn: "", signedOn: "2020-01-01" })).toEqual(["inForceOn"]);
    expect(issues({ ...base, parties: ["MX", "MX"] })).toEqual(["parties", "parties"]);
    expect(issues({ ...base, kind: "REGIONAL", parties: ["MX"] })).toEqual(["parties"]);
  });

  it("takes a termination date only for a terminated agreement, and not before its entry into force", () => {
    const issues = (input: object) => ZCreateAgreement.safeParse(input).error?.issues.map((issue) => issue.path.join("."));
    expect(ZCreateAgreement.parse({ ...base, status: "TERMINATED", terminatedOn: "2024-07-01" }).terminatedOn).toEqual(new Date("2024-07-01"));
    expect(issues({ ...base, terminatedOn: "2024-07-01" })).toEqual(["terminatedOn"]);
    expect(issues({ ...base, status: "TERMINATED", terminatedOn: "2020-05-31" })).toEqual(["terminatedOn"]);
  });
});

describe("ZCreateMeeting", () => {
  it("reads decisions one per line, dropping blank lines, and a ticked box as true", () => {
    const meeting = ZCreateMeeting.parse({ institutionId: "i", date: "2026-05-14", place: "Ottawa", isPublic: "on", decisions: " First \r\n\r\nSecond\n" });
    expect(meeting).toMatchObject({ isPublic: true, decisions: ["First", "Second"] });
    expect(ZCreateMeeting.parse({ institutionId: "i", date: "2026-05-14", place: "Ottawa" })).toMatchObject({ isPublic: false, decisions: [] });
  });
});

describe("whole numbers from forms and query strings", () => {
  it("takes decimal digits or a JSON number as a version, and nothing Number() would also read", async () => {
    const { ZVersion } = await import("@/lib/platform/validation");
    expect(ZVersion.parse(3)).toBe(3);
    expect(ZVersion.parse("12")).toBe(12);
    for (const value of ["0x1", "0b1", "0o1", "1e0", " 1", "1 ", "1.0", "+1", "", "Infinity", true, [1], null, 1.5, 0, -1, Number.NaN]) {
      const result = ZVersion.safeParse(value);
      expect(result.success, JSON.stringify(value) ?? String(value)).toBe(false);
      expect(renderProblem(result.error?.issues[0]?.message ?? "", "en")).toBe("The form is missing the record's version. Reload the page.");
    }
  });

  it("reads limit, years and head counts the same strict way", async () => {
    const { ZPageQuery } = await import("@/lib/platform/api/pagination");
    const { ZProgramFilter } = await import("@/lib/domain/programs/schemas");
    const { ZCreateAttendance } = await import("@/lib/domain/participation/schemas");
    expect(ZPageQuery.parse({ limit: "10" }).limit).toBe(10);
    expect(renderFieldErrors(fieldErrorsOf(ZPageQuery.safeParse({ limit: "0x10" }).error!), "en")).toEqual({ limit: ["limit must be a whole number"] });
    expect(ZProgramFilter.safeParse({ year: "2.024e3" }).success).toBe(false);
    expect(ZProgramFilter.parse({ year: "2024" }).year).toBe(2024);
    expect(ZCreateAttendance.safeParse({ constituency: "WORKERS", women: "0x2", men: 1 }).error?.flatten().fieldErrors.women).toBeDefined();
  });
});
