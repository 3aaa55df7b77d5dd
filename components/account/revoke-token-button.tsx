"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeApiTokenAction } from "@/lib/platform/api-tokens/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("ApiTokens");
  const [state, action] = useActionState(revokeApiTokenAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton className="button button-danger" pendingLabel={t("revoking")}>
        {t("revoke")} <span className="visually-hidden">{name}</span>
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
