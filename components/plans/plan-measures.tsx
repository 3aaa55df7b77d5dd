import { getTranslations } from "@/lib/platform/i18n/server";
import { addMeasureAction } from "@/lib/domain/plans/actions";
import { MEASURE_TRANSLATED, measureFields } from "@/components/plans/plan-fields";
import { TranslatedRecordForm } from "@/components/i18n/translated-record-form";
import type { Viewer } from "@/lib/platform/authz";
import { newRecordLanguages } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { listAgreementDecisions } from "@/lib/domain/plans/list-agreement-decisions";
import { planChoices } from "@/lib/domain/plans/plan-choices";
import { type LoadedPlan } from "./loaded-plan";
import { MeasureCard } from "./measure-card";

/** The plan's measures, each with what the viewer may do with it, and the form to add one. */
export async function PlanMeasures({ viewer, plan }: { viewer: Viewer; plan: LoadedPlan }) {
  const [t, tForm, locale, choices, decisions] = await Promise.all([
    getTranslations("Plan"),
    getTranslations("PlanForm"),
    requestLocale(),
    plan.mayEdit && viewer ? planChoices(viewer) : null,
    plan.mayEdit && viewer ? listAgreementDecisions(viewer, plan.agreementId) : [],
  ]);
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t("measures", { count: plan.measures.length })}</h2>
      {plan.measures.length === 0 ? (
        <p>{t("noMeasures")}</p>
      ) : (
        <ol className="card-list">
          {plan.measures.map((measure) => (
            <MeasureCard key={measure.id} plan={plan} measure={measure} editing={plan.mayEdit && choices ? { organisations: choices.organisations, decisions } : null} />
          ))}
        </ol>
      )}
      {plan.mayEdit && choices && (
        <>
          <h3>{t("addMeasure")}</h3>
          <TranslatedRecordForm
            action={addMeasureAction}
            hidden={{ planId: plan.id }}
            label={t("addMeasure")}
            submitLabel={t("addMeasure")}
            pendingLabel={t("saving")}
            fields={measureFields(tForm, choices.organisations, decisions)}
            translated={MEASURE_TRANSLATED}
            saved={newRecordLanguages(locale)}
          />
        </>
      )}
    </section>
  );
}
