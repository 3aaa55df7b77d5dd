import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programReadWhere, type Actor } from "@/lib/platform/authz";
import { AGREEMENT_PARTIES_SELECT } from "@/lib/domain/agreements/agreement-summary-select";
import { actsForPlan } from "@/lib/platform/authz/load-plan";
import { type DbTx } from "@/lib/platform/db";
import type { PlanStatus } from "@/lib/platform/db/generated/enums";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { languageColumns } from "@/lib/platform/i18n/record-translations";
import { type TCreatePlan } from "@/lib/domain/plans/schemas";
import { refusedMove } from "./plan-workflow";
import { planRecord, type PlanRecord } from "./plan-record";
import { problem } from "@/lib/platform/i18n/problem";

export const invalid = (fieldErrors: FieldErrors) => new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });

/** The references a plan names must exist and fit together; each problem is reported on its field. */
export async function assertPlanAcceptable(tx: DbTx, actor: Actor, data: TCreatePlan) {
  const fieldErrors: FieldErrors = {};
  const agreement = await tx.agreement.findUnique({ where: { id: data.agreementId }, select: { shortName: true, ...AGREEMENT_PARTIES_SELECT } });
  if (!agreement) fieldErrors.agreementId = [problem("ChoiceProblems.noAgreement")];
  else if (!agreement.parties.some((party) => party.countryCode === data.countryCode)) {
    fieldErrors.countryCode = [problem("PlanProblems.notAParty", { country: data.countryCode, agreement: agreement.shortName })];
  }
  if (actor.role === "GOVERNMENT" && data.countryCode !== actor.countryCode) {
    fieldErrors.countryCode = [actor.countryCode ? problem("PlanProblems.ownCountry", { country: actor.countryCode }) : problem("PlanProblems.ownCountryUnknown")];
  }
  const owner = await tx.organisation.findUnique({ where: { id: data.ownerOrganisationId }, select: { countryCode: true } });
  if (!owner) fieldErrors.ownerOrganisationId = [problem("ChoiceProblems.noOrganisation")];
  if (data.programId) {
    const program = await tx.cooperationProgram.findFirst({ where: { AND: [{ id: data.programId }, programReadWhere(actor)] }, select: { agreementId: true } });
    if (!program) fieldErrors.programId = [problem("PlanProblems.noProgramSeen")];
    else if (program.agreementId !== data.agreementId) fieldErrors.programId = [problem("PlanProblems.programOtherAgreement")];
  }
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
}

export const planColumns = (data: TCreatePlan) => ({
  kind: data.kind,
  title: data.title,
  agreementId: data.agreementId,
  countryCode: data.countryCode,
  programId: data.programId ?? null,
  origin: data.origin,
  originDetail: data.originDetail ?? "",
  ownerOrganisationId: data.ownerOrganisationId,
  objectives: data.objectives ?? "",
  ...languageColumns(data),
});

/** How a move is recorded on the plan's timeline: its action, and what it records beside the new status. */
export type MoveAudit = { action: "plan.transition" | "plan.review"; recorded: Record<string, unknown> };

/**
 * Moves the plan's status, checked against the workflow, the actor's role and scope, and the version,
 * and records the move: the status before, the status after with what `audit` adds.
 */
export async function move(tx: DbTx, ctx: ActionContext & { actor: Actor }, before: PlanRecord, to: PlanStatus, version: number, how: "transition" | "review", audit: MoveAudit) {
  const refused = refusedMove(ctx.actor.role, before.status, to, how);
  if (refused) throw new AppError("CONFLICT", refused);
  const ministryMove = ["SUBMITTED", "IN_PROGRESS", "COMPLETED"].includes(to);
  if (ministryMove && !(await actsForPlan(tx, ctx.actor, before.id))) throw new AppError("FORBIDDEN", problem("PlanProblems.ministryMove"));
  return updateVersioned(tx, ctx, {
    record: "plan",
    before,
    version,
    write: () =>
      tx.plan.updateMany({
        where: { id: before.id, version, status: before.status },
        data: { status: to, ...(to === "SUBMITTED" && { submittedAt: new Date() }), version: { increment: 1 } },
      }),
    read: () => planRecord(tx)({ id: before.id }),
    audit: {
      action: audit.action,
      entityType: "Plan",
      entityId: before.id,
      as: (plan, when) => (when === "before" ? { status: plan.status } : { status: plan.status, ...audit.recorded }),
    },
  });
}
