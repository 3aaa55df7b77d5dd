import "server-only";
import { can, type Viewer } from "@/lib/platform/authz";
import { actsForPlan, loadPlanForRead } from "@/lib/platform/authz/load-plan";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import type { DocumentOwner } from "@/lib/domain/documents/document-record";
import { planRecord } from "../plan-record";
import { loadMeasure } from "./measure-record";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * A measure as the owner of its evidence: the plan's ministry and the responsible organisation add
 * and remove it until the plan is closed, on the plan's timeline.
 */
export async function measureEvidenceOwner(measureId: string, viewer: Viewer): Promise<DocumentOwner> {
  const { planId } = await loadMeasure(db(), viewer, measureId);
  return {
    link: { measureId },
    assertEditable: async (tx, actor) => {
      const measure = await loadMeasure(tx, actor, measureId);
      const plan = await loadPlanForRead(actor, measure.planId, planRecord(tx));
      if (plan.status === "CLOSED") throw new AppError("CONFLICT", problem("PlanProblems.planClosed"));
      const responsible = actor.organisationId === measure.responsibleOrganisationId && can(actor, "measure.evidence");
      if (!responsible && !(await actsForPlan(tx, actor, measure.planId))) {
        throw new AppError("FORBIDDEN", problem("PlanProblems.evidenceWho"));
      }
    },
    audit: { entityType: "Plan", entityId: planId, action: "measure.evidence" },
  };
}
