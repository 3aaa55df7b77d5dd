import { describe, expect, it } from "vitest";
import { z } from "zod";
import { choice, defineListFilters, listHref, loadListPage, readList, sort, text } from "@/lib/platform/api/list-query";
import { AppError } from "@/lib/platform/errors/app-error";
import { PLAN_SORTS, ZPlanFilter } from "@/lib/domain/plans/schemas";

const PLANS = defineListFilters(
  {
    q: text(),
    status: choice(["DRAFT", "SUBMITTED"], { namespace: "PlanStatus" }),
    kind: choice(["ACTION", "REMEDIATION"], { namespace: "PlanKind" }),
    agreement: text(),
    country: text(),
    awaiting: choice(["review"], () => "awaitingReview"),
    sort: sort(PLAN_SORTS, { blank: "default" }),
  },
  ZPlanFilter,
  { path: "/plans", form: "plans", namespace: "Plans" },
);

const TRAIL = defineListFilters({ action: text("text"), from: text("date") }, z.object({ action: z.string().optional(), from: z.iso.date().optional() }), {
  path: "/audit",
  form: "audit",
  namespace: "Audit",
  paging: "keyset",
  messages: { invalidFilter: null },
});

describe("readList", () => {
  it("reads every declared filter, applies those it understands and links to pages with them and the page size asked for", () => {
    const list = readList(PLANS, { q: "vote", status: "LOST", other: "x", limit: "10", cursor: "20" });
    expect(list.filter).toEqual({ q: "vote" });
    expect(list.problems?.("en")).toMatch(/Choose a plan status/);
    expect(list.query.toString()).toBe("q=vote");
    expect(list.page).toEqual({ limit: 10, cursor: "20" });
    expect(list.atStart).toBe(false);
    expect(listHref(PLANS, list)).toBe("/plans?q=vote&limit=10");
    expect(listHref(PLANS, list, "30")).toBe("/plans?q=vote&limit=10&cursor=30");
  });

  it("starts an offset list from its first page, at the default size, when the paging was not one it gave out", () => {
    const list = readList(PLANS, { cursor: "cm3x-an-id", limit: "10" });
    expect(list).toMatchObject({ page: { limit: 25 }, pageRefused: true, atStart: true });
    expect(listHref(PLANS, list)).toBe("/plans");
    expect(readList(PLANS, { cursor: "0" }).atStart).toBe(true);
  });

  it("follows a keyset list's cursor, and names each refused filter when the list has no message for them", () => {
    const list = readList(TRAIL, { action: "user.", from: "yesterday", cursor: "cm3x-an-id" });
    expect(list.filter).toEqual({ action: "user." });
    expect(list.problems?.("en")).toMatch(/^from: /);
    expect(list).toMatchObject({ page: { cursor: "cm3x-an-id", limit: 25 }, pageRefused: false, atStart: false });
    expect(listHref(TRAIL, list, "cm3y")).toBe("/audit?action=user.&cursor=cm3y");
  });
});

describe("loadListPage", () => {
  it("starts again from the first page when the list refuses the cursor, and passes any other failure on", async () => {
    const list = readList(TRAIL, { cursor: "cm3x-gone", limit: "5" });
    const load = async (page: { limit: number; cursor?: string }) => {
      if (page.cursor) throw new AppError("INVALID_INPUT", "Invalid paging parameters.", { fieldErrors: { cursor: ["cursor is not one this API gave out"] } });
      return page;
    };
    await expect(loadListPage(list, load)).resolves.toEqual({ limit: 5 });
    expect(list).toMatchObject({ pageRefused: true, atStart: true });
    await expect(loadListPage(readList(TRAIL, {}), () => Promise.reject(new AppError("FORBIDDEN", "No.")))).rejects.toThrow("No.");
  });
});
