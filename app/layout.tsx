import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { TimeZoneDetection } from "@/components/account/time-zone-detection";
import { SiteNav } from "@/components/auth/site-nav";
import { ErrorPageMessages } from "@/components/i18n/error-page-messages";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("App");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("App");
  return (
    // Every language the app speaks is written left to right.
    <html lang={locale} dir="ltr">
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <header className="site-header">
          <div className="container">
            <Link href="/" className="site-name">
              {t("name")}
            </Link>
            <SiteNav />
            <LanguageSwitcher />
          </div>
        </header>
        <main id="main" className="container">
          <ErrorPageMessages>{children}</ErrorPageMessages>
        </main>
        <TimeZoneDetection />
        <footer className="site-footer">
          <div className="container">
            {t("footer")} · <Link href="/evidence">{t("evidence")}</Link> · <Link href="/api-docs">{t("apiDocs")}</Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
