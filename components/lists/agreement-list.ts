import "server-only";
import { AGREEMENT_SORTS, ZAgreementFilter } from "@/lib/domain/agreements/schemas";
import { choice, defineListFilters, loadedChoice, sort, text } from "@/lib/platform/api/list-query";
import { AgreementKind, AgreementStatus } from "@/lib/platform/db/generated/enums";
import { allCountryChoices } from "./choice-loaders";

/** The agreement list's filters and order; a descending order's message is `sort.desc_<column>`. */
export const AGREEMENT_LIST = defineListFilters(
  {
    q: text(),
    party: loadedChoice(allCountryChoices),
    status: choice(AgreementStatus, { namespace: "AgreementStatus" }),
    kind: choice(AgreementKind, { namespace: "AgreementKind" }),
    sort: sort(AGREEMENT_SORTS, { key: (order) => `sort.${order.replace("-", "desc_")}` }),
  },
  ZAgreementFilter,
  { path: "/agreements", form: "agreements", namespace: "Agreements", messages: { invalidPage: "invalidPage" } },
);
