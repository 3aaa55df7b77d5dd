import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { listPlans } from "@/lib/domain/plans/list-plans";

type Props = {
  plans: Awaited<ReturnType<typeof listPlans>>["data"];
  /** The list shows the plans awaiting review, dated by their submission. */
  awaiting: boolean;
};

/** One page of the plan list, with each plan's measures and how many are overdue. */
export async function PlanListTable({ plans, awaiting }: Props) {
  const [t, tKind, tStatus, format] = await Promise.all([getTranslations("Plans"), getTranslations("PlanKind"), getTranslations("PlanStatus"), getFormatter()]);
  if (plans.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("plan")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("country")}</th>
            <th scope="col">{t("owner")}</th>
            <th scope="col">{t("measures")}</th>
            <th scope="col">{awaiting ? t("submitted") : t("updated")}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <td>
                <Link href={`/plans/${plan.id}`}>{plan.title}</Link> <span className="muted">({tKind(plan.kind)}, {plan.agreement.shortName})</span>
              </td>
              <td>{tStatus(plan.status)}</td>
              <td>{plan.country.name}</td>
              <td>{plan.ownerOrganisation.name}</td>
              <td>
                {plan.measureCount} {plan.overdueCount > 0 && <Badge>{t("overdueCount", { count: plan.overdueCount })}</Badge>}
              </td>
              <td>{format.dateTime((awaiting ? plan.submittedAt : null) ?? plan.updatedAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
