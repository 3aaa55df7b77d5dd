import "server-only";
import { ZInstitutionFilter } from "@/lib/domain/agreements/schemas";
import { choice, defineListFilters, loadedChoice, text } from "@/lib/platform/api/list-query";
import { InstitutionKind } from "@/lib/platform/db/generated/enums";
import { agreementChoices, allCountryChoices } from "./choice-loaders";

/** The institution directory's filters: "whom do I contact about agreement X in country Y". */
export const INSTITUTION_LIST = defineListFilters(
  {
    agreement: loadedChoice(agreementChoices),
    country: loadedChoice(allCountryChoices),
    kind: choice(InstitutionKind, { namespace: "InstitutionKind" }),
    q: text(),
  },
  ZInstitutionFilter,
  { path: "/institutions", form: "institutions", namespace: "Institutions", messages: { pages: null } },
);
