import { timeZones } from "@/lib/platform/i18n/time-zones";

type Option = { value: string; label: string };

const HOUR = 60 * 60 * 1000;
// Some 400 formatters take ~100 ms to make: the list is made once an hour per language (offsets
// change with daylight saving time, never within the hour).
const made = new Map<string, { hour: number; options: Option[] }>();

/**
 * The zones as a list to choose from, each with its offset from UTC at `now` in the reader's words:
 * "America/Tegucigalpa (GMT-6)", "Europe/Paris (UTC+1)" in French. Underscores read as spaces.
 */
export function timeZoneOptions(locale: string, now: Date = new Date()): Option[] {
  const hour = Math.floor(now.getTime() / HOUR);
  const kept = made.get(locale);
  if (kept?.hour === hour) return kept.options;
  const options = timeZones().map((zone) => {
    const offset = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(now).find((part) => part.type === "timeZoneName")?.value;
    return { value: zone, label: offset ? `${zone.replaceAll("_", " ")} (${offset})` : zone };
  });
  made.set(locale, { hour, options });
  return options;
}
