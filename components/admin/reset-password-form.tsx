"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetUserPasswordAction } from "@/lib/domain/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";

/** Sets a new temporary password and shows it once. */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("AdminUsers");
  const [state, action] = useActionState(resetUserPasswordAction, IDLE);
  const temporaryPassword = state.status === "success" ? state.result?.temporaryPassword : undefined;
  return (
    <form action={action} className="form" aria-labelledby="user-password-heading">
      <h2 id="user-password-heading">{t("password")}</h2>
      <FormMessage state={state} />
      {temporaryPassword && (
        <div className="card" role="region" aria-label={t("newPassword")}>
          <p>{t("showOnce", { name })}</p>
          <p className="secret" data-testid="temporary-password">
            {temporaryPassword}
          </p>
        </div>
      )}
      <p className="muted">{t("resetHint")}</p>
      <input type="hidden" name="id" value={userId} />
      <div>
        <SubmitButton className="button button-secondary" pendingLabel={t("resetting")}>
          {t("reset")}
        </SubmitButton>
      </div>
    </form>
  );
}
