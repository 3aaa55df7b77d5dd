/**
 * Dates come in two kinds. A moment (when a comment was posted, a sign-in, an audit event) is shown
 * in the reader's time zone, which next-intl's formatter applies by default. A calendar date (a
 * program's start, a meeting's day, a measure's due date: the `@db.Date` columns) is a day, not a
 * moment: it is stored as midnight UTC and must read as the same day everywhere, so it is always
 * formatted in UTC. In the reader's zone, west of Greenwich, it would show the day before.
 *
 *   format.dateTime(program.plannedStart, calendarDate("long"))
 */
export const calendarDate = (dateStyle: "full" | "long" | "medium" | "short" = "medium") => ({ dateStyle, timeZone: "UTC" }) as const;

/** The ISO day of a calendar date ("2026-03-01"), for `<input type="date">` and `<time dateTime>`. */
export const isoDay = (value: Date) => value.toISOString().slice(0, 10);
