"use client";

import ErrorPage from "./error";
import "./globals.css";

/**
 * Shown when the root layout itself failed (its header loads the signed-in user, so this is what a
 * signed-in visitor sees while the database is unreachable). It replaces the whole document and
 * its layout sent no words: the error page speaks English (components/i18n/error-messages.tsx).
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <ErrorPage error={error} reset={reset} />
        </main>
      </body>
    </html>
  );
}
