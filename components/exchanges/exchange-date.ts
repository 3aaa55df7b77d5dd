import { getFormatter } from "@/lib/platform/i18n/server";
import { calendarDate } from "@/lib/platform/format/dates";

/** Formats the days on an exchange's page: the exchange's date and its documents' (calendar dates); `.moment` for when it was updated, in the reader's time zone. */
export async function exchangeDate() {
  const format = await getFormatter();
  return Object.assign((value: Date) => format.dateTime(value, calendarDate()), { moment: (value: Date) => format.dateTime(value, { dateStyle: "medium" }) });
}
