import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { agreementActWhere, can } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import type { ProgramStatus } from "@/lib/platform/db/generated/enums";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { TYPE_DETAIL_FIELDS, type TCreateProgram } from "@/lib/domain/programs/schemas";
import { FINISHED_STATUSES, REOPEN_TRANSITIONS, STARTED_STATUSES, STATUS_TRANSITIONS } from "@/lib/domain/programs/program-lifecycle";

export const DUPLICATE_IDENTIFIER = "Another program already has this identifier.";

type Actor = NonNullable<ActionContext["actor"]>;

/** The columns a validated program is stored in; the details of the other types are emptied. */
export function programColumns(data: TCreateProgram) {
  const empty = Object.fromEntries(TYPE_DETAIL_FIELDS.map((field) => [field, null])) as Record<(typeof TYPE_DETAIL_FIELDS)[number], null>;
  return {
    agreementId: data.agreementId,
    leadInstitutionId: data.leadInstitutionId ?? null,
    identifier: data.identifier,
    title: data.title,
    summary: data.summary,
    objectives: data.objectives,
    language: data.language,
    translations: data.translations,
    type: data.type,
    status: data.status,
    topics: data.topics,
    plannedStart: data.plannedStart ?? null,
    plannedEnd: data.plannedEnd ?? null,
    actualStart: data.actualStart ?? null,
    actualEnd: data.actualEnd ?? null,
    currencyCode: data.currencyCode,
    visibility: data.visibility,
    ...empty,
    ...typeDetails(data),
  };
}

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
 * Every reason the program cannot be stored as given. An agreement outside a GOVERNMENT user's
 * country is refused outright (403); everything else is reported on its field. When editing,
 * `edited` names the program (whose own identifier is not a duplicate) and its current status: the
 * dates a status needs are asked for when the status is set, so that an edit of older records that
 * lack them is not blocked.
 */
export async function assertProgramAcceptable(tx: DbTx, actor: Actor, data: TCreateProgram, edited?: { id: string; status: ProgramStatus }) {
  const programId = edited?.id;
  // One after the other: a transaction's queries share one connection.
  const agreement = await tx.agreement.findUnique({ where: { id: data.agreementId }, select: { id: true } });
  if (!agreement) {
    throw new AppError("INVALID_INPUT", "Some fields need attention.", {
      fieldErrors: { agreementId: ["There is no agreement with this id. Choose one from the list."] },
    });
  }
  const mayAct = await tx.agreement.count({ where: { AND: [{ id: data.agreementId }, agreementActWhere(actor)] } });
  if (!mayAct) throw new AppError("FORBIDDEN", "You may register programs only for agreements your country is party to.");

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
  const taken = await tx.cooperationProgram.count({ where: { identifier: data.identifier, ...(programId && { id: { not: programId } }) } });
  if (taken) add("identifier", DUPLICATE_IDENTIFIER);
  if (edited?.status !== data.status) for (const [field, message] of startedDateProblems(data)) add(field, message);

  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors });
}

/** A program that has started has an actual start date; a closed one also its actual end. */
function startedDateProblems(data: TCreateProgram): [string, string][] {
  const problems: [string, string][] = [];
  if (STARTED_STATUSES.includes(data.status) && !data.actualStart) {
    problems.push(["actualStart", "Enter the actual start date: a program in implementation or later has started."]);
  }
  if (data.status === "CLOSED" && !data.actualEnd) problems.push(["actualEnd", "Enter the actual end date of a closed program."]);
  return problems;
}

const STATUS_NAMES: Record<ProgramStatus, string> = {
  PIPELINE: "Pipeline",
  IMPLEMENTATION: "Implementation",
  FINALISATION: "Finalisation",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
  SUSPENDED: "Suspended",
};

/**
 * Whether a program may go from `from` to `to`. A closed or cancelled program is reopened only by
 * an ADMIN and only with a reason; every other change follows STATUS_TRANSITIONS.
 * Returns true when the change reopens the program.
 */
export function checkStatusChange(actor: Actor, from: ProgramStatus, to: ProgramStatus, reason: string | undefined): boolean {
  if (from === to) return false;
  if (FINISHED_STATUSES.includes(from)) {
    if (!can(actor, "program.reopen")) {
      throw new AppError("FORBIDDEN", `This program is ${STATUS_NAMES[from].toLowerCase()}. Only an administrator can reopen it.`);
    }
    const allowed = REOPEN_TRANSITIONS[from] ?? [];
    if (!allowed.includes(to)) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        fieldErrors: { status: [`A ${STATUS_NAMES[from].toLowerCase()} program reopens to ${allowed.map((status) => STATUS_NAMES[status]).join(" or ")}.`] },
      });
    }
    if (!reason) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        fieldErrors: { statusReason: ["Give the reason for reopening: it is recorded in the program's history."] },
      });
    }
    return true;
  }
  const allowed = STATUS_TRANSITIONS[from];
  if (!allowed.includes(to)) {
    throw new AppError("INVALID_INPUT", "Some fields need attention.", {
      fieldErrors: {
        status: [`A program cannot go from ${STATUS_NAMES[from]} to ${STATUS_NAMES[to]}. From ${STATUS_NAMES[from]} it can go to ${allowed.map((status) => STATUS_NAMES[status]).join(", ")}.`],
      },
    });
  }
  return false;
}
