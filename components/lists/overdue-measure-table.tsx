import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listOverdueMeasures } from "@/lib/domain/plans/measures";

/** One page of the overdue measures, the longest overdue first. */
export async function OverdueMeasureTable({ measures }: { measures: Awaited<ReturnType<typeof listOverdueMeasures>>["data"] }) {
  const [t, tMeasure, format] = await Promise.all([getTranslations("OverdueMeasures"), getTranslations("MeasureStatus"), getFormatter()]);
  if (measures.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t("title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("due")}</th>
            <th scope="col">{t("daysOverdue")}</th>
            <th scope="col">{t("measure")}</th>
            <th scope="col">{t("responsible")}</th>
            <th scope="col">{t("plan")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.id}>
              <td>{format.dateTime(measure.dueDate, { dateStyle: "medium", timeZone: "UTC" })}</td>
              <td>{measure.daysOverdue}</td>
              <td>{measure.title}</td>
              <td>{measure.responsibleOrganisation.name}</td>
              <td>
                <Link href={`/plans/${measure.plan.id}`}>{measure.plan.title}</Link> <span className="muted">({measure.plan.country.name})</span>
              </td>
              <td>{tMeasure(measure.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
