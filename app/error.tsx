"use client";

import { useEffect, useState } from "react";
import { useErrorMessages } from "@/components/i18n/error-messages";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/platform/db/unavailable";

/**
 * Shown instead of a page that failed: a plain message and a reference, never the error itself.
 * When the database is unreachable it says so, and to try again in a minute.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorMessages();
  if (useDatabaseUnavailable(error)) {
    return (
      <>
        <h1>{t.unavailableTitle}</h1>
        <p>{t.unavailableBody}</p>
        <button type="button" className="button" onClick={reset}>
          {t.retry}
        </button>
      </>
    );
  }
  return (
    <>
      <h1>{t.errorTitle}</h1>
      <p>{t.errorBody.replace("{reference}", error.digest ?? "—")}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </>
  );
}

/**
 * Whether the page failed because the database is unreachable. Production builds pass only the
 * error's digest to the browser: the data layer marks such failures with a digest of their own
 * (lib/platform/db/unavailable.ts). A failure it could not mark (wrapped in another error on the way) is
 * checked against /api/health, which answers 503 while the database is unreachable.
 */
function useDatabaseUnavailable(error: Error & { digest?: string }): boolean {
  const marked = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  const [healthSaysSo, setHealthSaysSo] = useState(false);
  useEffect(() => {
    if (marked) return;
    let current = true;
    fetch("/api/health", { cache: "no-store" }).then(
      (response) => current && setHealthSaysSo(response.status === 503),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [error, marked]);
  return marked || healthSaysSo;
}
