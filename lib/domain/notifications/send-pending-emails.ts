import "server-only";
import { db, type Db } from "@/lib/platform/db";
import { logger } from "@/lib/platform/log";
import { deliverEmail, type DeliverOptions } from "./deliver-email";
import { mailSettings, smtpTransport, type MailTransport } from "./email-settings";

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
