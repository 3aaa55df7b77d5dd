import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import type { listOverdueMeasures } from "@/lib/domain/plans/measures/list-overdue-measures";
import { LocalizedTitle } from "@/components/i18n/record-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { ListTable, type ListColumn } from "./list-table";

type Measure = Awaited<ReturnType<typeof listOverdueMeasures>>["data"][number];

/** One page of the overdue measures, the longest overdue first; nothing when there is none. */
export async function OverdueMeasureTable({ measures }: { measures: Measure[] }) {
  const [t, tMeasure, format, locale] = await Promise.all([getTranslations("OverdueMeasures"), getTranslations("MeasureStatus"), getFormatter(), requestLocale()]);
  const plan = (measure: Measure) => (
    <>
      <LocalizedTitle record={measure.plan} href={`/plans/${measure.plan.id}`} locale={locale} /> <span className="muted">({measure.plan.country.name})</span>
    </>
  );
  const columns: ListColumn<Measure>[] = [
    { label: t("due"), cell: (measure) => format.dateTime(measure.dueDate, { dateStyle: "medium", timeZone: "UTC" }) },
    { label: t("daysOverdue"), cell: (measure) => measure.daysOverdue },
    { label: t("measure"), cell: (measure) => <LocalizedTitle record={measure} locale={locale} /> },
    { label: t("responsible"), cell: (measure) => measure.responsibleOrganisation.name },
    { label: t("plan"), cell: plan },
    { label: t("status"), cell: (measure) => tMeasure(measure.status) },
  ];
  return <ListTable rows={measures} columns={columns} caption={t("title")} none={null} scroll />;
}
