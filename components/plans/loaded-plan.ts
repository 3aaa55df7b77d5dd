import { getFormatter } from "next-intl/server";
import type { findPlan } from "@/lib/domain/plans/get-plan";

// What the plan page's sections share: the plan as the page loaded it and the way they write dates.

export type LoadedPlan = NonNullable<Awaited<ReturnType<typeof findPlan>>>;
export type LoadedMeasure = LoadedPlan["measures"][number];

export async function planDate() {
  const format = await getFormatter();
  return (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
}
