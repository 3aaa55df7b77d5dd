"use client";

import { useTranslations } from "next-intl";

/** Shown instead of a page that failed: a plain message and a reference, never the error itself. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <>
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorBody", { reference: error.digest ?? "—" })}</p>
      <button type="button" className="button" onClick={reset}>
        {t("retry")}
      </button>
    </>
  );
}
