import { getTranslations } from "@/lib/platform/i18n/server";
import { reviewPlanAction, transitionPlanAction } from "@/lib/domain/plans/actions";
import { RecordForm } from "@/components/ui/record-form";
import { planNextStep } from "@/lib/domain/plans/plan-next-step";
import type { LoadedPlan } from "./loaded-plan";
import styles from "./plan-workflow.module.css";

/**
 * The moves the viewer may make with the plan and the review form for those who review it, with
 * what the next step is and why a step they may expect is not offered yet.
 */
export async function PlanWorkflow({ plan }: { plan: LoadedPlan }) {
  const note = planNextStep(plan.status, { reviewer: plan.reviewer, ministry: plan.actsFor });
  if (!(plan.transitions.length > 0 || plan.mayReview || note)) return null;
  const [t, tDecision, tSteps] = await Promise.all([getTranslations("Plan"), getTranslations("ReviewDecision"), getTranslations("PlanSteps")]);
  return (
    <section aria-labelledby="workflow-title" className="card">
      <h2 id="workflow-title">{t("workflowTitle")}</h2>
      {note && (
        <p id="plan-next-step" className={styles.note}>
          {tSteps(note)}
        </p>
      )}
      {plan.transitions.map((to) => (
        <RecordForm
          key={to}
          action={transitionPlanAction}
          hidden={{ planId: plan.id, version: String(plan.version), to }}
          label={t(`move.${to}`)}
          submitLabel={t(`move.${to}`)}
          pendingLabel={t("saving")}
          fields={[{ name: "comment", label: t("moveComment"), kind: "textarea" }]}
        />
      ))}
      {plan.mayReview && (
        <>
          <h3>{t("reviewTitle")}</h3>
          <RecordForm
            action={reviewPlanAction}
            hidden={{ planId: plan.id, version: String(plan.version) }}
            label={t("reviewTitle")}
            submitLabel={t("sendReview")}
            pendingLabel={t("saving")}
            fields={[
              {
                name: "decision",
                label: t("decision"),
                // Before the plan is taken up, a review only comments: say why the other decisions are not offered.
                hint: plan.mayDecide ? undefined : tSteps("commentOnlyHint"),
                kind: "select",
                required: true,
                options: [
                  { value: "", label: t("choose") },
                  ...(plan.mayDecide ? (["APPROVE", "REQUEST_CHANGES"] as const) : []).map((decision) => ({ value: decision, label: tDecision(decision) })),
                  { value: "COMMENT", label: tDecision("COMMENT") },
                ],
              },
              { name: "comment", label: t("reviewComment"), kind: "textarea", required: true },
            ]}
          />
        </>
      )}
    </section>
  );
}
