import "server-only";
import { EXCHANGE_SORTS, EXCHANGE_VISIBILITIES, ZExchangeFilter } from "@/lib/domain/exchanges/schemas";
import { choice, defineListFilters, loadedChoice, sort, text } from "@/lib/platform/api/list-query";
import { ExchangeKind } from "@/lib/platform/db/generated/enums";
import { agreementChoices, partyCountryChoices } from "./choice-loaders";

/** The exchange log's filters; the empty order is the default one, newest first. */
export const EXCHANGE_LIST = defineListFilters(
  {
    q: text(),
    agreementId: loadedChoice(agreementChoices),
    kind: choice(ExchangeKind, { namespace: "ExchangeKind" }),
    from: loadedChoice(partyCountryChoices),
    to: loadedChoice(partyCountryChoices),
    year: text("number", { min: 1950, max: 2100 }),
    visibility: choice(EXCHANGE_VISIBILITIES, (visibility) => visibility, { signedIn: true }),
    sort: sort(EXCHANGE_SORTS, { blank: "-date" }),
  },
  ZExchangeFilter,
  { path: "/exchanges", form: "exchanges", namespace: "Exchanges", search: true, messages: { invalidPage: "invalidPage" } },
);
