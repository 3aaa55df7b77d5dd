import "server-only";
import type { MailSettings, MailTransport } from "@/lib/domain/notifications/email-settings";
import { recipientTranslator } from "@/lib/domain/notifications/recipient-translator";
import type { IssuedLink } from "./issue-password-link";
import { setPasswordUrl } from "./link-token";

export type LinkRecipient = { name: string; email: string; locale?: string | null };

/**
 * The subject and plain-text body of an invitation or password-reset email, written when it is sent
 * (outside any request), in the recipient's language: the one they chose, else English (an invited
 * person has not chosen yet). The expiry is written the way that language writes dates, in UTC.
 */
export async function passwordLinkEmail(link: IssuedLink, user: LinkRecipient, appUrl: string): Promise<{ subject: string; text: string }> {
  const { t, format } = await recipientTranslator(user.locale, "PasswordLinkEmail");
  const hours = Math.round((link.expiresAt.getTime() - Date.now()) / 3_600_000);
  const expiresAt = format.dateTime(link.expiresAt, { dateStyle: "long", timeStyle: "short" });
  const text = [
    t("greeting", { name: user.name }),
    t(`body${link.purpose}`, { email: user.email }),
    setPasswordUrl(appUrl, link.token),
    t("expiry", { expiresAt, hours }),
    t(`ignore${link.purpose}`),
    t("expired", { forgotUrl: `${appUrl.replace(/\/$/, "")}/forgot-password` }),
  ].join("\n\n");
  return { subject: t(`subject${link.purpose}`), text };
}

/** Emails a link to its account's owner through `transport`; throws when the mail server refuses it. */
export async function sendPasswordLinkEmail(transport: MailTransport, settings: MailSettings, link: IssuedLink, user: LinkRecipient): Promise<void> {
  const { subject, text } = await passwordLinkEmail(link, user, settings.appUrl);
  await transport.sendMail({ from: settings.from, to: { name: user.name, address: user.email }, subject, text });
}
