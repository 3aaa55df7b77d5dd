import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { updatePlanAction } from "@/lib/domain/plans/actions";
import { planFields } from "@/components/plans/plan-fields";
import { RecordForm } from "@/components/ui/record-form";
import { requireUser } from "@/lib/platform/auth/session";
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
  if (!plan || !plan.mayEdit) notFound();
  const [choices, t, tKind, tOrigin] = await Promise.all([planChoices(actor), getTranslations("PlanForm"), getTranslations("PlanKind"), getTranslations("PlanOrigin")]);
  return (
    <>
      <p>
        <Link href={`/plans/${plan.id}`}>← {plan.title}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      <RecordForm
        action={updatePlanAction}
        hidden={{ planId: plan.id, version: String(plan.version) }}
        label={t("editTitle")}
        submitLabel={t("save")}
        pendingLabel={t("saving")}
        fields={planFields(t, tKind, tOrigin, choices, actor, plan)}
      />
    </>
  );
}
