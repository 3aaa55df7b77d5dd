// A list page says its refused filters in its reader's language.
import { describe, expect, it } from "vitest";
import { choice, defineListFilters, readList, sort, text } from "@/lib/platform/api/list-query";
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

describe("refused list filters", () => {
  it("are named with their messages, said in Spanish and Vietnamese as well as English", () => {
    const read = readList(PLANS, { status: "LOST", kind: "ACTION" });
    expect(read.problems?.("en")).toBe("Choose a plan status from the list.");
    expect(read.problems?.("es")).toBe("Elija un estado de plan de la lista.");
    expect(read.problems?.("vi")).toBe("Vui lòng chọn một trạng thái kế hoạch trong danh sách.");
  });

  it("are none when every filter is understood", () => {
    expect(readList(PLANS, { kind: "ACTION" }).problems).toBeUndefined();
  });
});
