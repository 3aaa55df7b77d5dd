"use client";

import { useTranslations } from "next-intl";

/** A set-password link shown once, for the administrator to pass on when it could not be emailed. */
export function SetPasswordLink({ url }: { url: string }) {
  const t = useTranslations("AdminUsers");
  return (
    <div className="card" role="region" aria-label={t("linkTitle")}>
      <p className="secret" data-testid="set-password-link">
        {url}
      </p>
    </div>
  );
}
