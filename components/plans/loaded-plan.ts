import { getFormatter } from "@/lib/platform/i18n/server";
import type { findPlan } from "@/lib/domain/plans/get-plan";
import { calendarDate } from "@/lib/platform/format/dates";

// What the plan page's sections share: the plan as the page loaded it and the way they write dates.

export type LoadedPlan = NonNullable<Awaited<ReturnType<typeof findPlan>>>;
export type LoadedMeasure = LoadedPlan["measures"][number];

/** A calendar date (a due date, a meeting's day); `.moment` for when something happened (created, submitted, verified), in the reader's time zone. */
export async function planDate() {
  const format = await getFormatter();
  return Object.assign((value: Date) => format.dateTime(value, calendarDate()), { moment: (value: Date) => format.dateTime(value, { dateStyle: "medium" }) });
}
