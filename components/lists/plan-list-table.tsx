import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { LocalizedTitle } from "@/components/i18n/record-text";
import { Badge } from "@/components/ui/badge";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import type { listPlans } from "@/lib/domain/plans/list-plans";
import { ListTable, type ListColumn } from "./list-table";

type Plan = Awaited<ReturnType<typeof listPlans>>["data"][number];
type Props = {
  plans: Plan[];
  /** The list shows the plans awaiting review, dated by their submission. */
  awaiting: boolean;
};

/** One page of the plan list, with each plan's measures and how many are overdue. */
export async function PlanListTable({ plans, awaiting }: Props) {
  const [t, tKind, tStatus, format, locale] = await Promise.all([getTranslations("Plans"), getTranslations("PlanKind"), getTranslations("PlanStatus"), getFormatter(), requestLocale()]);
  const title = (plan: Plan) => (
    <>
      <LocalizedTitle record={plan} href={`/plans/${plan.id}`} locale={locale} /> <span className="muted">({tKind(plan.kind)}, {plan.agreement.shortName})</span>
    </>
  );
  const measures = (plan: Plan) => (
    <>
      {plan.measureCount} {plan.overdueCount > 0 && <Badge>{t("overdueCount", { count: plan.overdueCount })}</Badge>}
    </>
  );
  const columns: ListColumn<Plan>[] = [
    { label: t("plan"), cell: title },
    { label: t("status"), cell: (plan) => tStatus(plan.status) },
    { label: t("country"), cell: (plan) => plan.country.name },
    { label: t("owner"), cell: (plan) => plan.ownerOrganisation.name },
    { label: t("measures"), cell: measures },
    { label: awaiting ? t("submitted") : t("updated"), cell: (plan) => format.dateTime((awaiting ? plan.submittedAt : null) ?? plan.updatedAt, { dateStyle: "medium" }) },
  ];
  return <ListTable rows={plans} columns={columns} caption={t("caption")} none={t("none")} scroll />;
}
