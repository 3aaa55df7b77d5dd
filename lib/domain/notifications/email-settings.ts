import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { appUrl, parseEnv, ZLauncherEnv } from "@/lib/platform/env";

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
