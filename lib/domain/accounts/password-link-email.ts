import "server-only";
import { createTranslator } from "next-intl";
import messages from "@/lib/platform/i18n/messages/en/auth.json";
import type { MailSettings, MailTransport } from "@/lib/domain/notifications/email-settings";
import type { IssuedLink } from "./issue-password-link";
import { setPasswordUrl } from "./link-token";

// Emails are written outside any request (the command line, after a response), in the default
// language, from the same message file as the pages.
const t = createTranslator({ locale: "en", messages, namespace: "PasswordLinkEmail" });

/** "2026-12-07 14:05", in UTC. */
const utc = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

/** The subject and plain-text body of an invitation or password-reset email. */
export function passwordLinkEmail(link: IssuedLink, user: { name: string; email: string }, appUrl: string): { subject: string; text: string } {
  const hours = Math.round((link.expiresAt.getTime() - Date.now()) / 3_600_000);
  const text = [
    t("greeting", { name: user.name }),
    t(`body${link.purpose}`, { email: user.email }),
    setPasswordUrl(appUrl, link.token),
    t("expiry", { expiresAt: utc(link.expiresAt), hours }),
    t(`ignore${link.purpose}`),
    t("expired", { forgotUrl: `${appUrl.replace(/\/$/, "")}/forgot-password` }),
  ].join("\n\n");
  return { subject: t(`subject${link.purpose}`), text };
}

/** Emails a link to its account's owner through `transport`; throws when the mail server refuses it. */
export async function sendPasswordLinkEmail(transport: MailTransport, settings: MailSettings, link: IssuedLink, user: { name: string; email: string }): Promise<void> {
  const { subject, text } = passwordLinkEmail(link, user, settings.appUrl);
  await transport.sendMail({ from: settings.from, to: { name: user.name, address: user.email }, subject, text });
}
