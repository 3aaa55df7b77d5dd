"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetUserPasswordAction } from "@/lib/domain/users/actions";
import { SetPasswordLink } from "@/components/admin/set-password-link";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

/**
 * Sends the account's owner a link to choose a new password (or a new invitation when they never
 * chose one); the link is shown here once when it could not be emailed.
 */
export function ResetPasswordForm({ userId, name, invited }: { userId: string; name: string; invited: boolean }) {
  const t = useTranslations("AdminUsers");
  const [state, action] = useActionState(resetUserPasswordAction, IDLE);
  const link = state.status === "success" ? state.result?.link : undefined;
  return (
    <form id="user-password" action={action} className="form" aria-labelledby="user-password-heading">
      <FormIdScope id="user-password">
      <h2 id="user-password-heading">{t("password")}</h2>
      <FormMessage state={state} />
      {link && <SetPasswordLink url={link} />}
      <p className="muted">{invited ? t("resendHint", { name }) : t("resetHint")}</p>
      <input type="hidden" name="id" value={userId} />
      <div>
        <SubmitButton className="button button-secondary" pendingLabel={t("resetting")}>
          {invited ? t("resend") : t("reset")}
        </SubmitButton>
      </div>
      </FormIdScope>
    </form>
  );
}
