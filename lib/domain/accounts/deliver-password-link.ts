import "server-only";
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
 * either way: an administrator or the command line passes it on when it could not be emailed.
 */
export async function deliverPasswordLink(link: IssuedLink, user: { name: string; email: string }, { settings = mailSettings(), transport }: DeliveryOptions = {}): Promise<DeliveredLink> {
  const delivered: DeliveredLink = { url: setPasswordUrl(settings.appUrl, link.token), expiresAt: link.expiresAt, emailed: false };
  const sender = transport ?? (settings.smtpUrl ? smtpTransport(settings.smtpUrl) : undefined);
  if (!sender) return delivered;
  try {
    await sendPasswordLinkEmail(sender, settings, link, user);
    return { ...delivered, emailed: true };
  } catch (error) {
    // Never the link itself in the log: it would let anyone who reads the log set the password.
    logger.warn({ err: error instanceof Error ? { message: error.message } : String(error), purpose: link.purpose }, "set-password email not sent");
    return { ...delivered, emailError: error instanceof Error ? error.message : String(error) };
  }
}
