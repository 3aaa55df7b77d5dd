import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { db, type Db } from "@/lib/platform/db";
import { appUrl, parseEnv, ZLauncherEnv } from "@/lib/platform/env";
import { logger } from "@/lib/platform/log";
import { notificationText } from "./text";

/** What sends a message: a nodemailer transport, or a fake in tests. */
export type MailTransport = { sendMail(message: Mail.Options): Promise<unknown> };

export type MailSettings = {
  /** Unset: notifications are not emailed. */
  smtpUrl?: string;
  from: string;
  /** The address users reach the app at, for the link in each email. */
  appUrl: string;
};

/** Email settings from the environment (SMTP_URL, MAIL_FROM, and NEXTAUTH_URL or PORT for links). */
export function mailSettings(source: Record<string, string | undefined> = process.env): MailSettings {
  const env = parseEnv(ZLauncherEnv.pick({ SMTP_URL: true, MAIL_FROM: true }), source);
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, appUrl: appUrl(source) };
}

export function smtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport(smtpUrl);
}

/** A notification whose email could not be sent; the notification is PENDING again (or FAILED on the last attempt). */
export class EmailDeliveryError extends Error {
  name = "EmailDeliveryError";
}

type DeliverOptions = { client?: Db; settings?: MailSettings; lastAttempt?: boolean };

/**
 * Emails one notification at most once. It is claimed first (PENDING → SENDING in one conditional
 * update), so that of two workers, or of a job and its retry, only one ever sends it; then it is
 * sent and marked SENT. A failed send puts it back to PENDING and throws, for the queue to retry;
 * on the last attempt it becomes FAILED instead. A worker that dies between claim and send leaves it
 * SENDING: it is never sent twice, at the price of possibly never being sent. Returns whether this
 * call sent it (false when it was not PENDING, e.g. already sent).
 */
export async function deliverEmail(notificationId: string, transport: MailTransport, { client = db(), settings = mailSettings(), lastAttempt = false }: DeliverOptions = {}): Promise<boolean> {
  const claimed = await client.notification.updateMany({ where: { id: notificationId, emailStatus: "PENDING" }, data: { emailStatus: "SENDING" } });
  if (claimed.count === 0) return false;
  const notification = await client.notification.findUniqueOrThrow({
    where: { id: notificationId },
    select: { title: true, body: true, link: true, user: { select: { email: true, name: true, disabled: true } } },
  });
  if (notification.user.disabled) {
    await client.notification.update({ where: { id: notificationId }, data: { emailStatus: "NONE" } });
    return false;
  }
  const url = new URL(notification.link, settings.appUrl).toString();
  try {
    await transport.sendMail({
      from: settings.from,
      to: { name: notification.user.name, address: notification.user.email },
      subject: notificationText("emailSubject", { title: notification.title }),
      text: [notification.title, notification.body, notificationText("emailFooter", { url })].filter(Boolean).join("\n\n"),
    });
  } catch (error) {
    await client.notification.updateMany({ where: { id: notificationId, emailStatus: "SENDING" }, data: { emailStatus: lastAttempt ? "FAILED" : "PENDING" } });
    throw new EmailDeliveryError(`The email of notification ${notificationId} was not sent${lastAttempt ? " (last attempt)" : ""}.`, { cause: error });
  }
  await client.notification.updateMany({ where: { id: notificationId, emailStatus: "SENDING" }, data: { emailStatus: "SENT", emailedAt: new Date() } });
  return true;
}

const BATCH_SIZE = 100;

/** The ids of notifications waiting for their email, in batches of `BATCH_SIZE`, oldest id first. */
export async function* pendingEmailIds(client: Db = db()): AsyncGenerator<string[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await client.notification.findMany({
      where: { emailStatus: "PENDING", ...(cursor && { id: { gt: cursor } }) },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      select: { id: true },
    });
    if (rows.length) yield rows.map((row) => row.id);
    if (rows.length < BATCH_SIZE) return;
    cursor = rows.at(-1)!.id;
  }
}

/**
 * Sends every PENDING notification's email once through `transport` (by default the SMTP server of
 * SMTP_URL; nothing happens without one). A failure is counted and the notification stays PENDING
 * for a later run; the others are still sent. Safe to run twice, or twice at the same time.
 */
export async function sendPendingEmails(transport?: MailTransport, options: DeliverOptions = {}): Promise<{ sent: number; failed: number }> {
  const settings = options.settings ?? mailSettings();
  const sender = transport ?? (settings.smtpUrl ? smtpTransport(settings.smtpUrl) : undefined);
  const counts = { sent: 0, failed: 0 };
  if (!sender) return counts;
  for await (const ids of pendingEmailIds(options.client)) {
    for (const id of ids) {
      try {
        if (await deliverEmail(id, sender, { ...options, settings })) counts.sent += 1;
      } catch (error) {
        counts.failed += 1;
        logger.warn({ err: error, notificationId: id }, "notification email not sent");
      }
    }
  }
  return counts;
}
