import "server-only";
import { type Actor } from "@/lib/platform/authz";
import { actsForPlan } from "@/lib/platform/authz/load-plan";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import type { TCreateMeasure } from "@/lib/domain/plans/schemas";
import { problem } from "@/lib/platform/i18n/problem";

/** The responsible organisation must exist, and a followed-up decision must be one of the plan's agreement's meetings. */
export async function assertMeasureAcceptable(tx: DbTx, agreementId: string, data: TCreateMeasure) {
  const fieldErrors: FieldErrors = {};
  if (!(await tx.organisation.count({ where: { id: data.responsibleOrganisationId } }))) {
    fieldErrors.responsibleOrganisationId = [problem("ChoiceProblems.noOrganisation")];
  }
  if (data.decisionId && !(await tx.meetingDecision.count({ where: { id: data.decisionId, meeting: { institution: { agreementId } } } }))) {
    fieldErrors.decisionId = [problem("PlanProblems.decisionOfAgreement")];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
}

/** Whether the actor reports on the measure: the plan's ministry, an ADMIN, or a user of the responsible organisation. */
export async function reportsOn(tx: DbTx, actor: Actor, measure: { planId: string; responsibleOrganisationId: string }) {
  return actor.organisationId === measure.responsibleOrganisationId || (await actsForPlan(tx, actor, measure.planId));
}
