import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { LocalizedTitle } from "@/components/i18n/record-text";
import { ListTable, type ListColumn } from "@/components/lists/list-table";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import type { DocketEntry } from "@/lib/domain/submissions/list-submissions";
import { AWAITING_DECISION, AWAITING_REPORT } from "@/lib/domain/submissions/submission-workflow";
import { DeadlineStatus } from "./submission-deadlines";
import { Submitters } from "./submitters";

/** One page of the docket: each submission with its parties, its submitters as the viewer may see them, and its deadlines. */
export async function DocketTable({ entries }: { entries: DocketEntry[] }) {
  const [t, tStatus, format, locale] = await Promise.all([getTranslations("Submissions"), getTranslations("SubmissionStatus"), getFormatter(), requestLocale()]);
  // The status and the filing day go with the title: short columns of their own were squeezed letter by letter.
  const title = (entry: DocketEntry) => (
    <>
      <LocalizedTitle record={entry} href={`/submissions/${entry.id}`} locale={locale} />
      <br />
      <span className="muted">
        {entry.agreement.shortName} · {tStatus(entry.status)} · {entry.filedAt ? t("filedOn", { date: format.dateTime(entry.filedAt, { dateStyle: "medium" }) }) : t("notFiled")}
      </span>
    </>
  );
  const columns: ListColumn<DocketEntry>[] = [
    { label: t("submission"), cell: title },
    { label: t("concernsFiledWith"), cell: (entry) => t("concernsWith", { concerns: entry.concerns.name, contactPoint: entry.contactPoint.name }) },
    { label: t("submittedBy"), cell: (entry) => <Submitters submission={entry} /> },
    {
      label: t("decision"),
      cell: (entry) => <DeadlineStatus stage={{ from: entry.filedAt, dueOn: entry.decisionDueOn, doneAt: entry.decidedAt, open: AWAITING_DECISION.includes(entry.status) }} />,
    },
    {
      label: t("report"),
      cell: (entry) =>
        entry.status === "DECLINED" ? (
          <span className="muted">{t("noReportDeclined")}</span>
        ) : (
          <DeadlineStatus stage={{ from: entry.decidedAt, dueOn: entry.reportDueOn, doneAt: entry.reportedAt, open: AWAITING_REPORT.includes(entry.status) }} />
        ),
    },
  ];
  return (
    <>
      <ListTable rows={entries} columns={columns} caption={t("caption")} none={t("none")} scroll />
      <p className="muted">
        {t("deadlinesNote")} <Link href="/evidence">{t("evidenceLink")}</Link>
      </p>
    </>
  );
}
