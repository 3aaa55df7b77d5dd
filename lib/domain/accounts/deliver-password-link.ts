import "server-only";
import { db } from "@/lib/platform/db";
import { logger } from "@/lib/platform/log";
import { mailSettings, smtpTransport, type MailSettings, type MailTransport } from "@/lib/domain/notifications/email-settings";
import type { IssuedLink } from "./issue-password-link";
import { setPasswordUrl } from "./link-token";
import { sendPasswordLinkEmail } from "./password-link-email";

export type DeliveredLink = {
  url: string;
  expiresAt: Date;
  /** True when the mail server accepted the email; false without SMTP_URL or when sending failed. */
  emailed: boolean;
  /** Set when SMTP_URL is configured but the mail server refused or could not be reached. */
  emailError?: string;
};

export type DeliveryOptions = { settings?: MailSettings; transport?: MailTransport };

/**
 * Emails a freshly issued link to its account when SMTP_URL is configured, and returns its address
 * either way: an administrator or the command line passes it on when it could not be emailed. The
 * email is in the account's language, read now, so a language chosen since the link was issued counts.
 */
export async function deliverPasswordLink(link: IssuedLink, user: { id: string; name: string; email: string }, { settings = mailSettings(), transport }: DeliveryOptions = {}): Promise<DeliveredLink> {
  const delivered: DeliveredLink = { url: setPasswordUrl(settings.appUrl, link.token), expiresAt: link.expiresAt, emailed: false };
  const sender = transport ?? (settings.smtpUrl ? smtpTransport(settings.smtpUrl) : undefined);
  if (!sender) return delivered;
  try {
    const account = await db().user.findUnique({ where: { id: user.id }, select: { locale: true } });
    await sendPasswordLinkEmail(sender, settings, link, { ...user, locale: account?.locale });
    return { ...delivered, emailed: true };
  } catch (error) {
    // Never the link itself in the log: it would let anyone who reads the log set the password.
    logger.warn({ err: error instanceof Error ? { message: error.message } : String(error), purpose: link.purpose }, "set-password email not sent");
    return { ...delivered, emailError: error instanceof Error ? error.message : String(error) };
  }
}
