import "server-only";
import type { Translate } from "./recipient-translator";

/**
 * What a notification says, as stored: a key of the NotificationText messages and its values. The
 * sentence is written only when someone reads it, in their language; values are data (names, text
 * people wrote, numbers, dates as "YYYY-MM-DD") and are never translated.
 */
export type NotificationKey =
  | "measureDue"
  | "measureOverdue"
  | "planSubmitted"
  | "planApproved"
  | "planChangesRequested"
  | "planReviewComment"
  | "comment"
  | "civilSocietyComment"
  | "participationRequested"
  | "submissionFiled"
  | "submissionAcknowledged"
  | "submissionAccepted"
  | "submissionDeclined"
  | "submissionUnderReview"
  | "submissionReported"
  | "submissionClosed"
  | "submissionDecisionDue"
  | "submissionDecisionOverdue"
  | "submissionReportDue"
  | "submissionReportOverdue";

export type NotificationValues = Record<string, string | number>;

/** The NotificationText translator of a page (`getTranslations`) or of a recipient (`recipientTranslator`). */
export type NotificationTranslator = Translate;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value as the message needs it: a calendar day ("dueDate": "2026-03-09") becomes a date to format. */
function messageValue(name: string, value: unknown): string | number | Date | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  return name.endsWith("Date") && DAY.test(value) ? new Date(`${value}T00:00:00Z`) : value;
}

/**
 * The title and body of a notification in the translator's language. A key this version does not
 * know (a row written by a newer one) still gives a title rather than an error.
 */
export function renderNotification(t: NotificationTranslator, { messageKey, messageValues }: { messageKey: string; messageValues: unknown }): { title: string; body: string } {
  if (!/^[a-zA-Z]+$/.test(messageKey) || !t.has(`${messageKey}.title`)) return { title: t("unknown.title"), body: "" };
  const stored = messageValues && typeof messageValues === "object" && !Array.isArray(messageValues) ? (messageValues as Record<string, unknown>) : {};
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(stored)) {
    const converted = messageValue(name, value);
    if (converted !== undefined) values[name] = converted;
  }
  return { title: t(`${messageKey}.title`, values), body: t.has(`${messageKey}.body`) ? t(`${messageKey}.body`, values).trim() : "" };
}
