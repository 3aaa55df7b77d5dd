import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { findPasswordLink } from "@/lib/domain/accounts/find-password-link";
import { LINK_COOKIE } from "@/lib/domain/accounts/link-cookie";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SetPassword"))("title"), robots: { index: false, follow: false } };
}

/** The page a set-password link leads to, through app/(public)/set-password/[token]/route.ts (the token comes in a cookie). */
export default async function SetPasswordPage() {
  const token = (await cookies()).get(LINK_COOKIE)?.value ?? "";
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
