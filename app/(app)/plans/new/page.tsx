import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { createPlanAction } from "@/lib/domain/plans/actions";
import { PLAN_TRANSLATED, planFields } from "@/components/plans/plan-fields";
import { TranslatedRecordForm } from "@/components/i18n/translated-record-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { newRecordLanguages } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { planChoices } from "@/lib/domain/plans/plan-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("PlanForm"))("newTitle") };
}

export default async function NewPlanPage() {
  const actor = await requireUser("/plans/new");
  if (!can(actor, "plan.create")) notFound();
  const [choices, t, tKind, tOrigin, locale] = await Promise.all([planChoices(actor), getTranslations("PlanForm"), getTranslations("PlanKind"), getTranslations("PlanOrigin"), requestLocale()]);
  return (
    <>
      <p>
        <Link href="/plans">← {t("backToList")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <p className="lead">{t("newIntro")}</p>
      <TranslatedRecordForm
        action={createPlanAction}
        hidden={{}}
        label={t("newTitle")}
        submitLabel={t("create")}
        pendingLabel={t("saving")}
        fields={planFields(t, tKind, tOrigin, choices, actor)}
        translated={PLAN_TRANSLATED}
        saved={newRecordLanguages(locale)}
      />
    </>
  );
}
