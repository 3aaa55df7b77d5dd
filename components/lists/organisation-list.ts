import "server-only";
import { ZOrganisationFilter } from "@/lib/domain/organisations/schemas";
import { choice, defineListFilters, loadedChoice, text } from "@/lib/platform/api/list-query";
import { OrganisationKind } from "@/lib/platform/db/generated/enums";
import { allCountryChoices } from "./choice-loaders";

/** The organisation list's filters, kept in the query string. */
export const ORGANISATION_LIST = defineListFilters(
  {
    q: text(),
    kind: choice(OrganisationKind, { namespace: "OrganisationKind" }, { any: "anyKind" }),
    country: loadedChoice(allCountryChoices, { any: "anyCountry" }),
  },
  ZOrganisationFilter,
  { path: "/admin/organisations", form: "organisations", namespace: "AdminOrganisations", paging: "keyset", messages: { pages: null } },
);
