import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createPlanAction } from "@/lib/domain/plans/actions";
import { planFields } from "@/components/plans/plan-fields";
import { RecordForm } from "@/components/ui/record-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { planChoices } from "@/lib/domain/plans/plan-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("PlanForm"))("newTitle") };
}

export default async function NewPlanPage() {
  const actor = await requireUser("/plans/new");
  if (!can(actor, "plan.create")) notFound();
  const [choices, t, tKind, tOrigin] = await Promise.all([planChoices(actor), getTranslations("PlanForm"), getTranslations("PlanKind"), getTranslations("PlanOrigin")]);
  return (
    <>
      <p>
        <Link href="/plans">← {t("backToList")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <p className="lead">{t("newIntro")}</p>
      <RecordForm action={createPlanAction} hidden={{}} label={t("newTitle")} submitLabel={t("create")} pendingLabel={t("saving")} fields={planFields(t, tKind, tOrigin, choices, actor)} />
    </>
  );
}
