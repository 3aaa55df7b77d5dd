import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { signInReturnTo } from "@/lib/platform/auth/safe-callback-url";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { env } from "@/lib/platform/env";

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; passwordSet?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SignIn"))("title") };
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error, passwordSet } = await searchParams;
  const returnTo = signInReturnTo(callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  const t = await getTranslations("SignIn");
  const config = env();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {passwordSet === "1" && (
        <p role="status" className="form-message">
          {t("passwordSet")}
        </p>
      )}
      <ClientMessages>
        <SignInForm
          callbackUrl={returnTo}
          initialError={typeof error === "string" ? error : undefined}
          sso={config.OIDC_ISSUER ? { name: config.OIDC_NAME } : undefined}
        />
      </ClientMessages>
      <p>
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
    </>
  );
}
