import "server-only";
import { type Actor } from "@/lib/platform/authz";
import { loadExchangeForChange } from "@/lib/platform/authz/load-exchange";
import type { DbTx } from "@/lib/platform/db";
import { languageColumns } from "@/lib/platform/i18n/record-translations";
import type { TCreateExchange } from "@/lib/domain/exchanges/schemas";

/** An exchange as the audit trail and the API's write answers show it: its own fields and linked provisions. */
export const EXCHANGE_RECORD_SELECT = {
  id: true,
  agreementId: true,
  fromCountryCode: true,
  toCountryCode: true,
  kind: true,
  date: true,
  title: true,
  summary: true,
  link: true,
  isPublic: true,
  language: true,
  translations: true,
  version: true,
  provisions: { select: { provisionId: true }, orderBy: { provisionId: "asc" } },
} as const;

/** The stored exchange with its provisions as a plain list of ids. */
export function exchangeRecord<T extends { provisions: { provisionId: string }[] }>({ provisions, ...exchange }: T) {
  return { ...exchange, provisionIds: provisions.map((provision) => provision.provisionId) };
}

/** The exchange record as it is now; null once it is gone. */
export async function readExchangeRecord(tx: DbTx, id: string) {
  const row = await tx.informationExchange.findUnique({ where: { id }, select: EXCHANGE_RECORD_SELECT });
  return row && exchangeRecord(row);
}

/** The exchange record as it is now, once the actor may change it. */
export async function loadExchangeRecordForChange(tx: DbTx, actor: Actor, id: string) {
  await loadExchangeForChange(tx, actor, id);
  return exchangeRecord(await tx.informationExchange.findUniqueOrThrow({ where: { id }, select: EXCHANGE_RECORD_SELECT }));
}

/** The exchange's own columns, as stored from a create or an edit. */
export function exchangeColumns(data: TCreateExchange) {
  return {
    agreementId: data.agreementId,
    fromCountryCode: data.fromCountryCode,
    toCountryCode: data.toCountryCode ?? null,
    kind: data.kind,
    date: data.date,
    title: data.title,
    summary: data.summary,
    link: data.link ?? null,
    isPublic: data.isPublic,
    ...languageColumns(data),
  };
}
