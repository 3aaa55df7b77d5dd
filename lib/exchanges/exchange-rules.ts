import "server-only";
import { agreementActWhere, can, exchangeReadWhere, type Actor, type Viewer } from "@/lib/authz";
import type { DbTx } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import type { TCreateExchange } from "@/lib/validation/exchanges";

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
  version: true,
  provisions: { select: { provisionId: true }, orderBy: { provisionId: "asc" } },
} as const;

/** The stored exchange with its provisions as a plain list of ids. */
export function exchangeRecord<T extends { provisions: { provisionId: string }[] }>({ provisions, ...exchange }: T) {
  return { ...exchange, provisionIds: provisions.map((provision) => provision.provisionId) };
}

/** Whether `viewer` may edit or delete an exchange sent by `fromCountryCode`: ADMIN, or a ministry of that country. */
export function mayChangeExchange(viewer: Viewer, exchange: { fromCountryCode: string }): boolean {
  if (!can(viewer, "exchange.log")) return false;
  return viewer.role === "ADMIN" || (viewer.role === "GOVERNMENT" && viewer.countryCode === exchange.fromCountryCode);
}

/**
 * Loads an exchange for a change: 404 when the actor may not see it, 403 when they may see it but
 * it was not sent by their country.
 */
export async function loadChangeable(tx: DbTx, actor: Actor, id: string) {
  const exchange = await tx.informationExchange.findFirst({ where: { AND: [{ id }, exchangeReadWhere(actor)] }, select: EXCHANGE_RECORD_SELECT });
  if (!exchange) throw new AppError("NOT_FOUND", "No information exchange with this id is visible to you.");
  if (!mayChangeExchange(actor, exchange)) {
    throw new AppError("FORBIDDEN", "You may change only the information exchanges your own country shared.");
  }
  return exchange;
}

/**
 * Every reason the exchange cannot be stored as given, each on its field: the agreement must exist
 * and, for a ministry, be one its country is party to; a ministry logs only what its own country
 * sent; both countries must be parties to the agreement; the provisions must be the agreement's.
 */
export async function assertExchangeAcceptable(tx: DbTx, actor: Actor, data: TCreateExchange) {
  const fieldErrors: FieldErrors = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  const refuse = () => new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors });

  // One query after the other: a transaction's queries share one connection.
  const agreement = await tx.agreement.findUnique({ where: { id: data.agreementId }, select: { id: true, shortName: true, parties: { select: { countryCode: true } } } });
  if (actor.role === "GOVERNMENT" && data.fromCountryCode !== actor.countryCode) {
    add("fromCountryCode", `You log the information your own country shared: the sending country must be ${actor.countryCode ?? "your organisation's country"}.`);
  }
  if (!agreement) {
    add("agreementId", "There is no agreement with this id. Choose one from the list.");
    throw refuse();
  }
  if (!(await tx.agreement.count({ where: { AND: [{ id: agreement.id }, agreementActWhere(actor)] } }))) {
    add("agreementId", `Your country is not a party to ${agreement.shortName}. You log exchanges only under the agreements your country is party to.`);
  }
  const parties = agreement.parties.map((party) => party.countryCode);
  if (!parties.includes(data.fromCountryCode)) add("fromCountryCode", `${data.fromCountryCode} is not a party to ${agreement.shortName}. Choose one of its parties: ${parties.join(", ")}.`);
  if (data.toCountryCode && !parties.includes(data.toCountryCode)) {
    add("toCountryCode", `${data.toCountryCode} is not a party to ${agreement.shortName}. Choose one of its parties (${parties.join(", ")}), or all parties.`);
  }
  if (data.provisionIds.length) {
    const found = await tx.labourProvision.count({ where: { id: { in: data.provisionIds }, agreementId: agreement.id } });
    if (found !== data.provisionIds.length) add("provisionIds", `Link only labour provisions of ${agreement.shortName}.`);
  }
  if (Object.keys(fieldErrors).length) throw refuse();
}
