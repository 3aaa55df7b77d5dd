import type { Metadata } from "next";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { env } from "@/lib/platform/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ForgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("ForgotPassword");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro", { hours: env().PASSWORD_LINK_HOURS })}</p>
      <ClientMessages>
        <ForgotPasswordForm />
      </ClientMessages>
    </>
  );
}
