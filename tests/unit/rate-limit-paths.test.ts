// Which API calls count against the lower limit of exports and imports, and which against the rest.
import { describe, expect, it } from "vitest";
import { limitOf } from "@/lib/platform/api/rate-limit-api";

describe("the API's limits", () => {
  it("count exports and the uploads and confirmations of imports apart, at the lower limit", () => {
    for (const path of [
      "/api/v1/exports/transactions.csv",
      "/api/v1/programs.csv",
      "/api/v1/iati/activities.xml",
      "/api/v1/iati/import",
      "/api/v1/iati/import/abc/confirm",
      "/api/v1/imports/spreadsheet",
      "/api/v1/imports/spreadsheet/template",
      "/api/v1/imports/spreadsheet/abc/confirm",
      "/api/v1/programs/abc/transactions/import",
    ]) {
      expect(limitOf(path), path).toBe("api-export");
    }
  });

  it("count reading an import's progress and preview, which its page asks for every second, with the rest", () => {
    for (const path of ["/api/v1/iati/import/abc", "/api/v1/imports/spreadsheet/abc", "/api/v1/programs", "/api/v1/programs/abc/transactions"]) {
      expect(limitOf(path), path).toBe("api");
    }
  });
});
