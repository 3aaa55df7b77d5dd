import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { findPasswordLink } from "@/lib/domain/accounts/find-password-link";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: Referer headers from it (its scripts, its form, any link) carry
  // only the origin, never the path, so that no access log or other site ever sees the token.
  return { title: (await getTranslations("SetPassword"))("title"), referrer: "origin", robots: { index: false, follow: false } };
}

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("SetPassword"), findPasswordLink(token)]);
  if (!link) {
    return (
      <>
        <h1>{t("unusableTitle")}</h1>
        <p className="lead">{t("unusable")}</p>
        <p>
          <Link href="/forgot-password">{t("askAgain")}</Link>
        </p>
        <p className="muted">{t("askAdmin")}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t(`intro${link.purpose}`, { name: link.name, email: link.email })}</p>
      <ClientMessages>
        <SetPasswordForm token={token} />
      </ClientMessages>
    </>
  );
}
