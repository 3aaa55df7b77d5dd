"use client";

import { NextIntlClientProvider } from "next-intl";
import common from "@/lib/platform/i18n/messages/en/common.json";
import ErrorPage from "./error";
import "./globals.css";

/**
 * Shown when the root layout itself failed (its header loads the signed-in user, so this is what a
 * signed-in visitor sees while the database is unreachable). It replaces the whole document, so it
 * brings the error page's messages along.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <NextIntlClientProvider locale="en" timeZone="UTC" messages={{ Errors: common.Errors }}>
            <ErrorPage error={error} reset={reset} />
          </NextIntlClientProvider>
        </main>
      </body>
    </html>
  );
}
