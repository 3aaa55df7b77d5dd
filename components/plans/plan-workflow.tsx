import { getTranslations } from "next-intl/server";
import { reviewPlanAction, transitionPlanAction } from "@/lib/domain/plans/actions";
import { RecordForm } from "@/components/ui/record-form";
import type { LoadedPlan } from "./loaded-plan";

/** The moves the viewer may make with the plan, and the review form for those who review it. */
export async function PlanWorkflow({ plan }: { plan: LoadedPlan }) {
  if (!(plan.transitions.length > 0 || plan.mayReview)) return null;
  const [t, tDecision] = await Promise.all([getTranslations("Plan"), getTranslations("ReviewDecision")]);
  return (
    <section aria-labelledby="workflow-title" className="card">
      <h2 id="workflow-title">{t("workflowTitle")}</h2>
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
