import "server-only";
import type { Actor } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { languageColumns } from "@/lib/platform/i18n/record-translations";
import { problem } from "@/lib/platform/i18n/problem";
import type { TCreateSubmission } from "./schemas";

/**
 * Every reason the submission cannot be saved as given, each on its field: the agreement must
 * exist; the party concerned must be one of its parties; the contact point must be a party's contact
 * point under that agreement; the provisions must be the agreement's; co-submitters must exist, be
 * other than the submitting organisation and not be government ministries.
 */
export async function assertSubmissionAcceptable(tx: DbTx, actor: Actor, data: TCreateSubmission) {
  const fieldErrors: FieldErrors = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  const refuse = () => new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });

  const agreement = await tx.agreement.findUnique({ where: { id: data.agreementId }, select: { id: true, shortName: true, parties: { select: { countryCode: true } } } });
  if (!agreement) {
    add("agreementId", problem("ChoiceProblems.noAgreement"));
    throw refuse();
  }
  const parties = agreement.parties.map((party) => party.countryCode);
  if (!parties.includes(data.concernsCountryCode)) {
    add("concernsCountryCode", problem("SubmissionProblems.notAParty", { country: data.concernsCountryCode, agreement: agreement.shortName, parties: parties.join(", ") }));
  }
  const contactPoint = await tx.institution.findFirst({ where: { id: data.contactPointId, agreementId: agreement.id, kind: "CONTACT_POINT", countryCode: { not: null } }, select: { id: true } });
  if (!contactPoint) add("contactPointId", problem("SubmissionProblems.contactPointOf", { agreement: agreement.shortName }));
  if (data.provisionIds.length) {
    const found = await tx.labourProvision.count({ where: { id: { in: data.provisionIds }, agreementId: agreement.id } });
    if (found !== data.provisionIds.length) add("provisionIds", problem("SubmissionProblems.provisionsOf", { agreement: agreement.shortName }));
  }
  const coSubmitterIds = data.coSubmitters.map((entry) => entry.organisationId);
  if (coSubmitterIds.includes(actor.organisationId)) add("coSubmitters", problem("SubmissionProblems.coSubmitterSelf"));
  else if (coSubmitterIds.length) {
    const found = await tx.organisation.count({ where: { id: { in: coSubmitterIds }, kind: { not: "GOVERNMENT_MINISTRY" } } });
    if (found !== coSubmitterIds.length) add("coSubmitters", problem("SubmissionProblems.coSubmitters"));
  }
  if (Object.keys(fieldErrors).length) throw refuse();
}

/** The submission's own columns, as written on creation and on each edit of the draft. */
export const submissionColumns = (data: TCreateSubmission) => ({
  agreementId: data.agreementId,
  concernsCountryCode: data.concernsCountryCode,
  contactPointId: data.contactPointId,
  identityWithheld: data.identityWithheld,
  title: data.title,
  summary: data.summary,
  facts: data.facts,
  request: data.request,
  topics: data.topics,
  ...languageColumns(data),
});
