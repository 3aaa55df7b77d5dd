import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { Badge } from "@/components/ui/badge";
import type { getMyOrganisation } from "@/lib/domain/organisations/my-organisation";
import { CappedTableSection } from "./capped-table-section";
import { calendarDate } from "@/lib/platform/format/dates";

type Measures = Awaited<ReturnType<typeof getMyOrganisation>>["measures"];

/** The plan measures the organisation answers for, soonest due first, overdue ones flagged. */
export async function MyMeasuresSection({ measures, total }: { measures: Measures; total: number }) {
  const [t, tMeasure, format] = await Promise.all([getTranslations("MyOrganisation"), getTranslations("MeasureStatus"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, calendarDate());
  return (
    <CappedTableSection
      id="measures-title"
      title={t("measures", { count: total })}
      empty={t("noMeasures")}
      columns={[t("due"), t("measure"), t("plan"), t("status")]}
      shown={measures.length}
      total={total}
    >
      {measures.map((measure) => (
        <tr key={measure.id}>
          <td>
            {date(measure.dueDate)} {measure.overdue && <Badge>{t("overdue")}</Badge>}
          </td>
          <td>{measure.title}</td>
          <td>
            <Link href={`/plans/${measure.plan.id}`}>{measure.plan.title}</Link>
          </td>
          <td>
            {tMeasure(measure.status)}
            {measure.verifiedAt && ` · ${t("verified", { date: format.dateTime(measure.verifiedAt, { dateStyle: "medium" }) })}`}
          </td>
        </tr>
      ))}
    </CappedTableSection>
  );
}
