import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { LocalizedTitle } from "@/components/i18n/record-text";
import { ProgramLink } from "@/components/programs/program-link";
import type { MyWork } from "@/lib/domain/my-work/load-my-work";
import { calendarDate } from "@/lib/platform/format/dates";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { WorkSection } from "./work-section";

type Work = Extract<MyWork, { role: "GOVERNMENT" }>;

/** A ministry's work: its country's draft programs, and its organisation's overdue reports and measures. */
export async function GovernmentWork({ work, organisationId }: { work: Work; organisationId: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("MyWork"), getFormatter(), requestLocale()]);
  const { drafts, overdueReports, overdueMeasures } = work;
  return (
    <>
      <WorkSection id="my-drafts" title={t("drafts", { count: drafts.total ?? 0 })} count={drafts.total ?? 0} empty={t("draftsEmpty")} more={drafts.total ? { href: "/programs?visibility=draft", label: t("allDrafts") } : { href: "/programs/new", label: t("newProgram") }}>
        {drafts.data.map((program) => (
          <li key={program.id}>
            <ProgramLink program={program} />
          </li>
        ))}
      </WorkSection>
      <WorkSection
        id="my-overdue-reports"
        title={t("overdueReports", { count: overdueReports.total ?? 0 })}
        count={overdueReports.total ?? 0}
        empty={t("overdueReportsEmpty")}
        more={{ href: `/programs?health=overdueReports&organisation=${organisationId}`, label: t("allOverdueReports") }}
      >
        {overdueReports.data.map((program) => (
          <li key={program.id}>
            <ProgramLink program={program} href={`/programs/${program.id}?tab=monitoring`} />
          </li>
        ))}
      </WorkSection>
      <WorkSection id="my-overdue-measures" title={t("overdueMeasures", { count: overdueMeasures.total })} count={overdueMeasures.total} empty={t("overdueMeasuresEmpty")} more={{ href: "/plans/overdue", label: t("allOverdueMeasures") }}>
        {overdueMeasures.data.map((measure) => (
          <li key={measure.id}>
            <LocalizedTitle record={measure} locale={locale} /> · <LocalizedTitle record={measure.plan} href={`/plans/${measure.plan.id}`} locale={locale} /> · {t("due", { date: format.dateTime(measure.dueDate, calendarDate()) })}
          </li>
        ))}
      </WorkSection>
    </>
  );
}
