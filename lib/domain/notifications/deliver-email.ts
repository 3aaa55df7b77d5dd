import "server-only";
import { db, type Db } from "@/lib/platform/db";
import { mailSettings, type MailSettings, type MailTransport } from "./email-settings";
import { renderNotification } from "./notification-message";
import { recipientTranslator } from "./recipient-translator";

/** A notification whose email could not be sent; the notification is PENDING again (or FAILED on the last attempt). */
export class EmailDeliveryError extends Error {
  name = "EmailDeliveryError";
}

export type DeliverOptions = { client?: Db; settings?: MailSettings; lastAttempt?: boolean };

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
    select: { messageKey: true, messageValues: true, link: true, user: { select: { email: true, name: true, disabled: true, locale: true } } },
  });
  if (notification.user.disabled) {
    await client.notification.update({ where: { id: notificationId }, data: { emailStatus: "NONE" } });
    return false;
  }
  const url = new URL(notification.link, settings.appUrl).toString();
  try {
    // Written now, in the language the recipient reads the app in (or English if they never chose one).
    const { t } = await recipientTranslator(notification.user.locale, "NotificationText");
    const { title, body } = renderNotification(t, notification);
    await transport.sendMail({
      from: settings.from,
      to: { name: notification.user.name, address: notification.user.email },
      subject: t("emailSubject", { title }),
      text: [title, body, t("emailFooter", { url })].filter(Boolean).join("\n\n"),
    });
  } catch (error) {
    await client.notification.updateMany({ where: { id: notificationId, emailStatus: "SENDING" }, data: { emailStatus: lastAttempt ? "FAILED" : "PENDING" } });
    throw new EmailDeliveryError(`The email of notification ${notificationId} was not sent${lastAttempt ? " (last attempt)" : ""}.`, { cause: error });
  }
  await client.notification.updateMany({ where: { id: notificationId, emailStatus: "SENDING" }, data: { emailStatus: "SENT", emailedAt: new Date() } });
  return true;
}
