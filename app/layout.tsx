import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteNav } from "@/components/auth/site-nav";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("App");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("App");
  // Only what client components read goes to the browser, not every message of the app.
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale}>
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
          </div>
        </header>
        <main id="main" className="container">
          <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
        </main>
        <footer className="site-footer">
          <div className="container">
            {t("footer")} · <Link href="/evidence">{t("evidence")}</Link> · <Link href="/api-docs">{t("apiDocs")}</Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
