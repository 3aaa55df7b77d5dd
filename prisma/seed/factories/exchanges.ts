import type { Prisma } from "@/lib/platform/db/generated/client";
import type { ExchangeKind } from "@/lib/platform/db/generated/enums";
import { factories, row, unique } from "./row";

type ExchangeGiven = Partial<Prisma.InformationExchangeCreateManyInput> &
  Pick<Prisma.InformationExchangeCreateManyInput, "agreementId" | "fromCountryCode">;

/** An information exchange row; without more, a private legislation update of 1 January 2026 to every party. */
export function exchangeRow<Given extends ExchangeGiven>(given: Given) {
  return row({ kind: "LEGISLATION_UPDATE" as ExchangeKind, date: new Date("2026-01-01"), title: given.title ?? `Exchange ${unique()}` }, given);
}

export const { one: createExchange, many: createExchanges } = factories((db) => db.informationExchange, exchangeRow<ExchangeGiven>);
