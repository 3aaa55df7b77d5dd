import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { agreementActWhere, can } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import type { ProgramStatus } from "@/lib/platform/db/generated/enums";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { TYPE_DETAIL_FIELDS, type TCreateProgram } from "@/lib/domain/programs/schemas";
import { FINISHED_STATUSES, REOPEN_TRANSITIONS, STATUS_TRANSITIONS } from "@/lib/domain/programs/program-lifecycle";
import { named, problem } from "@/lib/platform/i18n/problem";

export const DUPLICATE_IDENTIFIER = problem("ProgramProblems.duplicateIdentifier");

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
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
      fieldErrors: { agreementId: [problem("ChoiceProblems.noAgreement")] },
    });
  }
  const mayAct = await tx.agreement.count({ where: { AND: [{ id: data.agreementId }, agreementActWhere(actor)] } });
  if (!mayAct) throw new AppError("FORBIDDEN", problem("ProgramProblems.agreementNotYours"));

  const fieldErrors: FieldErrors = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);

  if (data.leadInstitutionId) {
    const lead = await tx.institution.count({ where: { id: data.leadInstitutionId, agreementId: data.agreementId } });
    if (!lead) add("leadInstitutionId", problem("ProgramProblems.leadInstitution"));
  }
  const currency = await tx.currency.count({ where: { code: data.currencyCode } });
  if (!currency) add("currencyCode", problem("ChoiceProblems.noCurrency"));
  if (data.beneficiaryCountries.length) {
    const known = await tx.country.findMany({ where: { code: { in: data.beneficiaryCountries } }, select: { code: true } });
    const unknown = data.beneficiaryCountries.filter((code) => !known.some((country) => country.code === code));
    if (unknown.length) add("beneficiaryCountries", problem("ProgramProblems.unknownCountries", { codes: unknown.join(", ") }));
  }
  if (data.provisionIds.length) {
    const found = await tx.labourProvision.count({ where: { id: { in: data.provisionIds }, agreementId: data.agreementId } });
    if (found !== data.provisionIds.length) add("provisionIds", problem("ProgramProblems.provisionsOfProgramAgreement"));
  }
  if (data.type === "FINANCIAL_ASSISTANCE") {
    const funder = await tx.organisation.count({ where: { id: data.funderId } });
    if (!funder) add("funderId", problem("ProgramProblems.noFunder"));
  }
  const taken = await tx.cooperationProgram.count({ where: { identifier: data.identifier, ...(programId && { id: { not: programId } }) } });
  if (taken) add("identifier", DUPLICATE_IDENTIFIER);

  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
}

const statusName = (status: ProgramStatus) => named(`ProgramStatusName.${status}`);

/** Two or three statuses as the values of a message that lists them (`n`, `a`, `b`, `c`). */
function statusList(statuses: readonly ProgramStatus[]) {
  const [a, b, c] = statuses.map(statusName);
  return { n: c ? "three" : "two", a: a ?? "", b: b ?? "", c: c ?? "" };
}

/**
 * Whether a program may go from `from` to `to`. A closed or cancelled program is reopened only by
 * an ADMIN and only with a reason; every other change follows STATUS_TRANSITIONS.
 * Returns true when the change reopens the program.
 */
export function checkStatusChange(actor: Actor, from: ProgramStatus, to: ProgramStatus, reason: string | undefined): boolean {
  if (from === to) return false;
  if (FINISHED_STATUSES.includes(from)) {
    if (!can(actor, "program.reopen")) {
      throw new AppError("FORBIDDEN", problem("ProgramProblems.onlyAdminReopens", { status: named(`ProgramStatusState.${from as "CLOSED" | "CANCELLED"}`) }));
    }
    const allowed = REOPEN_TRANSITIONS[from] ?? [];
    if (!allowed.includes(to)) {
      throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
        fieldErrors: { status: [problem("ProgramProblems.reopensTo", { status: named(`ProgramStatusState.${from as "CLOSED" | "CANCELLED"}`), ...statusList(allowed) })] },
      });
    }
    if (!reason) {
      throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
        fieldErrors: { statusReason: [problem("ProgramProblems.reopenReason")] },
      });
    }
    return true;
  }
  const allowed = STATUS_TRANSITIONS[from];
  if (!allowed.includes(to)) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
      fieldErrors: {
        status: [problem("ProgramProblems.statusChange", { from: statusName(from), to: statusName(to), ...statusList(allowed) })],
      },
    });
  }
  return false;
}
