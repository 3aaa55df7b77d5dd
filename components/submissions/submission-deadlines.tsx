import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { Badge } from "@/components/ui/badge";
import { calendarDate, isoDay } from "@/lib/platform/format/dates";
import { daysBetween } from "@/lib/domain/submissions/submission-workflow";

type Stage = {
  /** When the clock started: the filing for a decision, the acceptance for a report. */
  from: Date | null;
  dueOn: Date | null;
  /** When it was done: the decision, or the report. */
  doneAt: Date | null;
  /** The submission waits on this stage now. */
  open: boolean;
};

/**
 * How one stage (the decision, or the report) stands against its deadline: the days it took and the
 * days allowed once done; the day it is due, or how long it is overdue, while it is awaited.
 */
export async function DeadlineStatus({ stage, today = new Date() }: { stage: Stage; today?: Date }) {
  const [t, format] = await Promise.all([getTranslations("SubmissionDeadlines"), getFormatter()]);
  const { from, dueOn, doneAt, open } = stage;
  if (!from || !dueOn) return <span className="muted">{t("notStarted")}</span>;
  const allowed = daysBetween(from, dueOn);
  const due = <time dateTime={isoDay(dueOn)}>{format.dateTime(dueOn, calendarDate())}</time>;
  if (doneAt) {
    const took = daysBetween(from, doneAt);
    return (
      <>
        {t("took", { took, allowed })} {took <= allowed ? <Badge>{t("inTime")}</Badge> : <Badge>{t("late", { days: took - allowed })}</Badge>}
      </>
    );
  }
  if (!open) return <span className="muted">{t("notStarted")}</span>;
  const left = daysBetween(today, dueOn);
  return left < 0 ? (
    <>
      <Badge>{t("overdue", { days: -left })}</Badge> {t("wasDue")} {due}
    </>
  ) : (
    <>
      {t("due")} {due} <span className="muted">({t("daysLeft", { days: left })})</span>
    </>
  );
}
