import "server-only";
import { agreementActWhere, type Actor } from "@/lib/platform/authz";
import { AGREEMENT_PARTIES_SELECT } from "@/lib/domain/agreements/agreement-summary-select";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import type { TCreateExchange } from "@/lib/domain/exchanges/schemas";

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
  const agreement = await tx.agreement.findUnique({ where: { id: data.agreementId }, select: { id: true, shortName: true, ...AGREEMENT_PARTIES_SELECT } });
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
