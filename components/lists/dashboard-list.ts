import "server-only";
import { ZDashboardFilter } from "@/lib/domain/dashboard/dashboard";
import { choice, defineListFilters, loadedChoice, text } from "@/lib/platform/api/list-query";
import { ProgramType } from "@/lib/platform/db/generated/enums";
import { agreementChoices, partyCountryChoices } from "./choice-loaders";

/** What narrows the dashboard: an agreement, a country, a program type or a year. */
export const DASHBOARD_LIST = defineListFilters(
  {
    agreement: loadedChoice(agreementChoices),
    country: loadedChoice(partyCountryChoices),
    type: choice(ProgramType, { namespace: "ProgramType" }),
    year: text("number", { min: 1990, max: 2100 }),
  },
  ZDashboardFilter,
  { path: "/dashboard", form: "dashboard", namespace: "Dashboard" },
);
