import { getFormatter } from "next-intl/server";
import { calendarDate } from "@/lib/platform/format/dates";

/** Formats the days on an exchange's page: the exchange's date, its documents' dates, when it was updated. */
export async function exchangeDate() {
  const format = await getFormatter();
  return (value: Date) => format.dateTime(value, calendarDate());
}
