import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DEFAULT_PAGE_SIZE } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { listOverdueMeasures } from "@/lib/domain/plans/measures/list-overdue-measures";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("OverdueMeasures"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Every measure past its due date and not met, across the plans the viewer may read, the longest overdue first. */
export default async function OverdueMeasuresPage({ searchParams }: Props) {
  const params = await searchParams;
  const cursor = first(params.cursor);
  const offset = cursor && /^\d{1,9}$/.test(cursor) ? Number(cursor) : 0;
  const [viewer, t, tMeasure, format] = await Promise.all([getCurrentUser(), getTranslations("OverdueMeasures"), getTranslations("MeasureStatus"), getFormatter()]);
  const page = await listOverdueMeasures(viewer, { limit: DEFAULT_PAGE_SIZE, offset });
  return (
    <>
      <p>
        <Link href="/plans">← {t("backToPlans")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p role="status">{t("count", { total: page.total })}</p>
      {page.data.length > 0 && (
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
              {page.data.map((measure) => (
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
      )}
      {page.page.nextCursor && (
        <nav aria-label={t("pages")}>
          <Link href={`/plans/overdue?cursor=${page.page.nextCursor}`}>{t("next")}</Link>
        </nav>
      )}
    </>
  );
}
