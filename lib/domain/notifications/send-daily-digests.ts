import "server-only";
import { createFormatter } from "next-intl";
import { db, type Db } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "@/lib/platform/i18n/time-zones";
import { logger } from "@/lib/platform/log";
import { mailSettings, smtpTransport, type MailSettings, type MailTransport } from "./email-settings";
import { renderNotification } from "./notification-message";
import { recipientTranslator } from "./recipient-translator";

/** The hour, in each user's own time zone, from which their digest of the day is sent. */
export const DIGEST_HOUR = 18;

export type DigestOptions = { now?: Date; client?: Db; settings?: MailSettings };
export type DigestCounts = { sent: number; failed: number };

type Recipient = { id: string; email: string; name: string; locale: string | null; timeZone: string | null };

/** The calendar day ("YYYY-MM-DD") and the hour (0–23) that `now` is in `timeZone`. */
export function localDayAndHour(now: Date, timeZone: string): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { day: `${part("year")}-${part("month")}-${part("day")}`, hour: Number(part("hour")) };
}

const NOTHING_TO_SEND = Symbol("nothing to send");

/**
 * Claims the user's digest of `day`: creates it (one per user and day, by a unique key) and, in
 * the same transaction, takes every notification of theirs waiting for a digest (DIGEST → SENDING).
 * Of two runs at once, the second waits on the first's key and then finds it taken, and a
 * notification is taken by one digest only. Nothing to send: nothing is kept, and the day stays
 * free for a later run. Returns the digest's id, or null when there is none to send.
 */
async function claimDigest(client: Db, userId: string, day: string, now: Date): Promise<string | null> {
  try {
    return await client.$transaction(async (tx) => {
      const digest = await tx.notificationDigest.create({ data: { userId, day }, select: { id: true } });
      const claimed = await tx.notification.updateMany({ where: { userId, emailStatus: "DIGEST", createdAt: { lte: now } }, data: { emailStatus: "SENDING", digestId: digest.id } });
      if (claimed.count === 0) throw NOTHING_TO_SEND;
      return digest.id;
    });
  } catch (error) {
    if (error === NOTHING_TO_SEND || uniqueViolation(error)) return null;
    throw error;
  }
}

/** The digest's email in the recipient's language, each notification at its time in their zone. */
async function composeDigest(client: Db, digestId: string, day: string, user: Recipient, zone: string, settings: MailSettings) {
  const rows = await client.notification.findMany({ where: { digestId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { messageKey: true, messageValues: true, link: true, createdAt: true } });
  const { locale, t: text } = await recipientTranslator(user.locale, "NotificationText");
  const { t } = await recipientTranslator(user.locale, "NotificationDigest");
  const format = createFormatter({ locale, timeZone: zone });
  const items = rows.map((row) => {
    const { title, body } = renderNotification(text, row);
    const sameDay = localDayAndHour(row.createdAt, zone).day === day;
    const time = format.dateTime(row.createdAt, sameDay ? { timeStyle: "short" } : { dateStyle: "short", timeStyle: "short" });
    return [`• ${t("item", { time, title })}`, body && `  ${body.replace(/\n/g, "\n  ")}`, `  ${new URL(row.link, settings.appUrl)}`].filter(Boolean).join("\n");
  });
  const count = rows.length;
  return {
    subject: t("subject", { day: new Date(`${day}T00:00:00Z`), count }),
    text: [t("intro", { count }), ...items, t("footer", { url: new URL("/account", settings.appUrl).toString() })].join("\n\n"),
  };
}

/** Sends a claimed digest; a failure gives its notifications back to the next run and frees the day. */
async function sendDigest(client: Db, digestId: string, day: string, user: Recipient, transport: MailTransport, settings: MailSettings): Promise<void> {
  try {
    const zone = canonicalTimeZone(user.timeZone) ?? DEFAULT_TIME_ZONE;
    const { subject, text } = await composeDigest(client, digestId, day, user, zone, settings);
    await transport.sendMail({ from: settings.from, to: { name: user.name, address: user.email }, subject, text });
  } catch (error) {
    await client.$transaction([
      client.notification.updateMany({ where: { digestId, emailStatus: "SENDING" }, data: { emailStatus: "DIGEST", digestId: null } }),
      client.notificationDigest.delete({ where: { id: digestId } }),
    ]);
    throw error;
  }
  const sentAt = new Date();
  await client.$transaction([
    client.notificationDigest.update({ where: { id: digestId }, data: { sentAt } }),
    client.notification.updateMany({ where: { digestId, emailStatus: "SENDING" }, data: { emailStatus: "SENT", emailedAt: sentAt } }),
  ]);
}

/**
 * Sends each active user whose notifications wait for a digest, once it is DIGEST_HOUR or later in
 * their time zone (UTC if they have none), one email listing them, at most once per day of theirs:
 * run it every hour, as often and on as many workers as you like. Nobody with nothing new gets an
 * email. A worker that dies between claim and send leaves that digest unsent rather than risk
 * sending it twice (as deliverEmail does for a single email).
 */
export async function sendDailyDigests(transport?: MailTransport, { now = new Date(), client = db(), settings = mailSettings() }: DigestOptions = {}): Promise<DigestCounts> {
  const counts: DigestCounts = { sent: 0, failed: 0 };
  const sender = transport ?? (settings.smtpUrl ? smtpTransport(settings.smtpUrl) : undefined);
  if (!sender) return counts;
  const users = await client.user.findMany({
    where: { disabled: false, notifications: { some: { emailStatus: "DIGEST" } } },
    select: { id: true, email: true, name: true, locale: true, timeZone: true },
  });
  for (const user of users) {
    const { day, hour } = localDayAndHour(now, canonicalTimeZone(user.timeZone) ?? DEFAULT_TIME_ZONE);
    if (hour < DIGEST_HOUR) continue;
    const digestId = await claimDigest(client, user.id, day, now);
    if (!digestId) continue;
    try {
      await sendDigest(client, digestId, day, user, sender, settings);
      counts.sent += 1;
    } catch (error) {
      counts.failed += 1;
      logger.warn({ err: error, userId: user.id, day }, "daily digest not sent; it will be tried again on the next run");
    }
  }
  return counts;
}
