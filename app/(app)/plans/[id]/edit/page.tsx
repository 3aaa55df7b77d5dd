import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { updatePlanAction } from "@/lib/domain/plans/actions";
import { PLAN_TRANSLATED, planFields } from "@/components/plans/plan-fields";
import { Localized } from "@/components/i18n/record-text";
import { TranslatedRecordForm } from "@/components/i18n/translated-record-form";
import { requireUser } from "@/lib/platform/auth/session";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { findPlan } from "@/lib/domain/plans/get-plan";
import { planChoices } from "@/lib/domain/plans/plan-choices";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("PlanForm"))("editTitle") };
}

export default async function EditPlanPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/plans/${id}/edit`);
  const plan = await findPlan(actor, id);
  // Not found outside what the reader may see; seen but not theirs to change, a refusal that says who can (403).
  if (!plan) notFound();
  if (!plan.mayEdit) forbidden();
  const [choices, t, tKind, tOrigin, locale] = await Promise.all([planChoices(actor), getTranslations("PlanForm"), getTranslations("PlanKind"), getTranslations("PlanOrigin"), requestLocale()]);
  return (
    <>
      <p>
        <Link href={`/plans/${plan.id}`}>
          ← <Localized text={recordText(plan, "title", plan.title, locale)} />
        </Link>
      </p>
      <h1>{t("editTitle")}</h1>
      <TranslatedRecordForm
        action={updatePlanAction}
        hidden={{ planId: plan.id, version: String(plan.version) }}
        label={t("editTitle")}
        submitLabel={t("save")}
        pendingLabel={t("saving")}
        fields={planFields(t, tKind, tOrigin, choices, actor, plan)}
        translated={PLAN_TRANSLATED}
        saved={plan}
      />
    </>
  );
}
