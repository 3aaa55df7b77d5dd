import "server-only";
import { agreementActWhere, type Actor } from "@/lib/platform/authz";
import { AGREEMENT_PARTIES_SELECT } from "@/lib/domain/agreements/agreement-summary-select";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import type { TCreateExchange } from "@/lib/domain/exchanges/schemas";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Every reason the exchange cannot be stored as given, each on its field: the agreement must exist
 * and, for a ministry, be one its country is party to; a ministry logs only what its own country
 * sent; both countries must be parties to the agreement; the provisions must be the agreement's.
 */
export async function assertExchangeAcceptable(tx: DbTx, actor: Actor, data: TCreateExchange) {
  const fieldErrors: FieldErrors = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  const refuse = () => new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });

  // One query after the other: a transaction's queries share one connection.
  const agreement = await tx.agreement.findUnique({ where: { id: data.agreementId }, select: { id: true, shortName: true, ...AGREEMENT_PARTIES_SELECT } });
  if (actor.role === "GOVERNMENT" && data.fromCountryCode !== actor.countryCode) {
    add("fromCountryCode", actor.countryCode ? problem("ExchangeProblems.ownCountry", { country: actor.countryCode }) : problem("ExchangeProblems.ownCountryUnknown"));
  }
  if (!agreement) {
    add("agreementId", problem("ChoiceProblems.noAgreement"));
    throw refuse();
  }
  if (!(await tx.agreement.count({ where: { AND: [{ id: agreement.id }, agreementActWhere(actor)] } }))) {
    add("agreementId", problem("ExchangeProblems.notYourAgreement", { agreement: agreement.shortName }));
  }
  const parties = agreement.parties.map((party) => party.countryCode);
  if (!parties.includes(data.fromCountryCode)) add("fromCountryCode", problem("ExchangeProblems.senderNotParty", { country: data.fromCountryCode, agreement: agreement.shortName, parties: parties.join(", ") }));
  if (data.toCountryCode && !parties.includes(data.toCountryCode)) {
    add("toCountryCode", problem("ExchangeProblems.receiverNotParty", { country: data.toCountryCode, agreement: agreement.shortName, parties: parties.join(", ") }));
  }
  if (data.provisionIds.length) {
    const found = await tx.labourProvision.count({ where: { id: { in: data.provisionIds }, agreementId: agreement.id } });
    if (found !== data.provisionIds.length) add("provisionIds", problem("ExchangeProblems.provisionsOf", { agreement: agreement.shortName }));
  }
  if (Object.keys(fieldErrors).length) throw refuse();
}
