"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setUserDisabledAction } from "@/lib/domain/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

/** Disables an active account or enables a disabled one. */
export function UserAccessForm({ user, isSelf }: { user: { id: string; disabled: boolean; version: number }; isSelf: boolean }) {
  const t = useTranslations("AdminUsers");
  const [state, action] = useActionState(setUserDisabledAction, IDLE);
  return (
    <form id="user-access" action={action} className="form" aria-labelledby="user-access-heading">
      <FormIdScope id="user-access">
      <h2 id="user-access-heading">{t("access")}</h2>
      <FormMessage state={state} />
      <p>{user.disabled ? t("isDisabled") : t("isActive")}</p>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={String(user.version)} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      {user.disabled ? (
        <div>
          <SubmitButton pendingLabel={t("enabling")}>{t("enable")}</SubmitButton>
        </div>
      ) : isSelf ? (
        <p className="muted">{t("ownAccount")}</p>
      ) : (
        <>
          <p className="muted">{t("disableHint")}</p>
          <div>
            <SubmitButton className="button button-danger" pendingLabel={t("disabling")}>
              {t("disable")}
            </SubmitButton>
          </div>
        </>
      )}
      </FormIdScope>
    </form>
  );
}
