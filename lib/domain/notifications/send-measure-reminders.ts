import "server-only";
import { db, type Db } from "@/lib/platform/db";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { notify } from "./notify";

/** A measure is announced this many days before it falls due (the due date itself included). */
export const REMINDER_DAYS = 14;
/** Measures read and notified per transaction, so that a run never holds them all in memory. */
const BATCH_SIZE = 200;

export type ReminderCounts = { measures: number; due: number; overdue: number };

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000);

/**
 * Tells the active users of each responsible organisation about their measures that are not met,
 * in plans that are live (not DRAFT or CLOSED): MEASURE_DUE when the due date is `today` or within
 * the next 14 days, MEASURE_OVERDUE once it has passed (due dates are UTC calendar days; a measure
 * is not overdue on its due date). Each reminder's dedupe key names the measure and its due date, so
 * running this again the same day, the next day or after a retry creates nothing new, while a
 * postponed measure is announced again for its new date. Returns the notifications created.
 */
export async function sendMeasureReminders(today: string = todayUtc(), client: Db = db()): Promise<ReminderCounts> {
  const counts: ReminderCounts = { measures: 0, due: 0, overdue: 0 };
  const start = addDays(today, 0);
  const horizon = addDays(today, REMINDER_DAYS);
  let cursor: string | undefined;
  for (;;) {
    // Keyset paging on id: the measures are read in batches, never all at once.
    const measures = await client.measure.findMany({
      where: {
        status: { not: "MET" },
        dueDate: { lte: horizon },
        plan: { status: { notIn: ["DRAFT", "CLOSED"] } },
        ...(cursor && { id: { gt: cursor } }),
      },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      select: { id: true, title: true, dueDate: true, planId: true, responsibleOrganisationId: true, plan: { select: { title: true } } },
    });
    if (!measures.length) break;
    cursor = measures.at(-1)!.id;
    counts.measures += measures.length;

    const organisationIds = [...new Set(measures.map((measure) => measure.responsibleOrganisationId))];
    await client.$transaction(async (tx) => {
      // One query for the recipients of the whole batch, then one insert per measure.
      const users = await tx.user.findMany({
        where: { organisationId: { in: organisationIds }, disabled: false },
        select: { id: true, organisationId: true },
      });
      for (const measure of measures) {
        const userIds = users.filter((user) => user.organisationId === measure.responsibleOrganisationId).map((user) => user.id);
        if (!userIds.length) continue;
        const dueDate = measure.dueDate.toISOString().slice(0, 10);
        const overdue = measure.dueDate < start;
        const created = await notify(tx, { userIds }, {
          kind: overdue ? "MEASURE_OVERDUE" : "MEASURE_DUE",
          messageKey: overdue ? "measureOverdue" : "measureDue",
          messageValues: { measure: measure.title, plan: measure.plan.title, dueDate },
          link: `/plans/${measure.planId}`,
          dedupeKey: `${overdue ? "measure-overdue" : "measure-due"}:${measure.id}:${dueDate}`,
        });
        counts[overdue ? "overdue" : "due"] += created.length;
      }
    });
    if (measures.length < BATCH_SIZE) break;
  }
  return counts;
}
