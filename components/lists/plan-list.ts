import "server-only";
import { PLAN_SORTS, ZPlanFilter } from "@/lib/domain/plans/schemas";
import { choice, defineListFilters, loadedChoice, sort, text } from "@/lib/platform/api/list-query";
import { PlanKind, PlanStatus } from "@/lib/platform/db/generated/enums";
import { agreementChoices, partyCountryChoices } from "./choice-loaders";

/** The plan list's filters; the empty order depends on the list (awaiting review: longest waiting first). */
export const PLAN_LIST = defineListFilters(
  {
    q: text(),
    status: choice(PlanStatus, { namespace: "PlanStatus" }),
    kind: choice(PlanKind, { namespace: "PlanKind" }),
    agreement: loadedChoice(agreementChoices),
    country: loadedChoice(partyCountryChoices),
    awaiting: choice(["review"], () => "awaitingReview"),
    sort: sort(PLAN_SORTS, { blank: "default" }),
  },
  ZPlanFilter,
  { path: "/plans", form: "plans", namespace: "Plans", search: true, messages: { first: null } },
);
