import "server-only";
import type { ActionContext } from "@/lib/audit/action-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { agreementActWhere, can } from "@/lib/authz";
import { db, type DbTx } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/unique-violation";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { ZCreateProgram, type TCreateProgram } from "@/lib/validation/programs";
import { PROGRAM_SUMMARY_SELECT } from "./program-summary";

const DUPLICATE_IDENTIFIER = "Another program already has this identifier.";

/**
 * Registers a program. ADMIN may create one for any agreement; a GOVERNMENT user only for an
 * agreement their country is party to, and their organisation becomes its ACCOUNTABLE participant
 * so that the program stays within their scope. A financial assistance program's funder is recorded
 * as its FUNDER participant.
 */
export async function createProgram(ctx: ActionContext, input: unknown) {
  const { actor } = ctx;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to register programs.");
  if (!can(actor, "program.create")) {
    throw new AppError("FORBIDDEN", "Only administrators and ministry staff register cooperation programs.");
  }
  const data = ZCreateProgram.parse(input);

  try {
    return await db().$transaction(async (tx) => {
      await assertProgramAcceptable(tx, actor, data);
      const participants: { organisationId: string; role: "ACCOUNTABLE" | "FUNDER" }[] = [];
      if (actor.role === "GOVERNMENT") participants.push({ organisationId: actor.organisationId, role: "ACCOUNTABLE" });
      if (data.type === "FINANCIAL_ASSISTANCE") participants.push({ organisationId: data.funderId, role: "FUNDER" });

      const created = await tx.cooperationProgram.create({
        data: {
          agreementId: data.agreementId,
          leadInstitutionId: data.leadInstitutionId ?? null,
          identifier: data.identifier,
          title: data.title,
          summary: data.summary,
          objectives: data.objectives,
          type: data.type,
          status: data.status,
          topics: data.topics,
          plannedStart: data.plannedStart ?? null,
          plannedEnd: data.plannedEnd ?? null,
          actualStart: data.actualStart ?? null,
          actualEnd: data.actualEnd ?? null,
          currencyCode: data.currencyCode,
          visibility: data.visibility,
          publishedAt: data.visibility === "PUBLISHED" ? new Date() : null,
          ...typeDetails(data),
          beneficiaries: { create: data.beneficiaryCountries.map((countryCode) => ({ countryCode })) },
          provisions: { create: data.provisionIds.map((provisionId) => ({ provisionId })) },
          participants: { create: participants },
        },
        select: { id: true },
      });
      const after = await tx.cooperationProgram.findUniqueOrThrow({
        where: { id: created.id },
        select: {
          ...PROGRAM_SUMMARY_SELECT,
          topics: true,
          leadInstitutionId: true,
          actualStart: true,
          actualEnd: true,
          funderId: true,
          fundingAmount: true,
          expertiseArea: true,
          researchQuestions: true,
          researchOutputs: true,
          exchangeSubject: true,
          exchangeBetween: true,
          beneficiaries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
          provisions: { select: { provisionId: true }, orderBy: { provisionId: "asc" } },
          participants: { select: { organisationId: true, role: true }, orderBy: [{ role: "asc" }, { organisationId: "asc" }] },
        },
      });
      await recordAuditEvent(tx, ctx, { action: "program.create", entityType: "CooperationProgram", entityId: created.id, after });
      return after;
    });
  } catch (error) {
    if (uniqueViolation(error)?.on.includes("identifier")) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { identifier: [DUPLICATE_IDENTIFIER] } });
    }
    throw error;
  }
}

/** The columns only one type of program uses; the others stay empty. */
function typeDetails(data: TCreateProgram) {
  switch (data.type) {
    case "FINANCIAL_ASSISTANCE":
      return { funderId: data.funderId, fundingAmount: data.fundingAmount };
    case "TECHNICAL_COOPERATION":
      return { expertiseArea: data.expertiseArea };
    case "JOINT_RESEARCH":
      return { researchQuestions: data.researchQuestions, researchOutputs: data.researchOutputs };
    case "INFORMATION_SHARING":
      return { exchangeSubject: data.exchangeSubject, exchangeBetween: data.exchangeBetween };
  }
}

/**
 * Every reason the program cannot be registered as given. An agreement outside a GOVERNMENT user's
 * country is refused outright (403); everything else is reported on its field.
 */
async function assertProgramAcceptable(tx: DbTx, actor: NonNullable<ActionContext["actor"]>, data: TCreateProgram) {
  // One after the other: a transaction's queries share one connection.
  const agreement = await tx.agreement.findUnique({ where: { id: data.agreementId }, select: { id: true } });
  if (!agreement) {
    throw new AppError("INVALID_INPUT", "Some fields need attention.", {
      fieldErrors: { agreementId: ["There is no agreement with this id. Choose one from the list."] },
    });
  }
  const mayAct = await tx.agreement.count({ where: { AND: [{ id: data.agreementId }, agreementActWhere(actor)] } });
  if (!mayAct) {
    throw new AppError("FORBIDDEN", "You may register programs only for agreements your country is party to.");
  }

  const fieldErrors: FieldErrors = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);

  if (data.leadInstitutionId) {
    const lead = await tx.institution.count({ where: { id: data.leadInstitutionId, agreementId: data.agreementId } });
    if (!lead) add("leadInstitutionId", "The lead institution must be one of this agreement's institutions.");
  }
  const currency = await tx.currency.count({ where: { code: data.currencyCode } });
  if (!currency) add("currencyCode", "There is no currency with this code. Choose one from the list.");
  if (data.beneficiaryCountries.length) {
    const known = await tx.country.findMany({ where: { code: { in: data.beneficiaryCountries } }, select: { code: true } });
    const unknown = data.beneficiaryCountries.filter((code) => !known.some((country) => country.code === code));
    if (unknown.length) add("beneficiaryCountries", `Unknown country codes: ${unknown.join(", ")}.`);
  }
  if (data.provisionIds.length) {
    const found = await tx.labourProvision.count({ where: { id: { in: data.provisionIds }, agreementId: data.agreementId } });
    if (found !== data.provisionIds.length) add("provisionIds", "Link only provisions of this program's agreement.");
  }
  if (data.type === "FINANCIAL_ASSISTANCE") {
    const funder = await tx.organisation.count({ where: { id: data.funderId } });
    if (!funder) add("funderId", "There is no organisation with this id. Choose the funder from the list.");
  }
  const taken = await tx.cooperationProgram.count({ where: { identifier: data.identifier } });
  if (taken) add("identifier", DUPLICATE_IDENTIFIER);

  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors });
}
