"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createApiTokenAction } from "@/lib/platform/api-tokens/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

export function CreateTokenForm() {
  const t = useTranslations("ApiTokens");
  const [state, action] = useActionState(createApiTokenAction, IDLE);
  const token = state.status === "success" ? state.result?.token : undefined;
  return (
    <form id="new-token" action={action} className="form" aria-labelledby="new-token-heading">
      <FormIdScope id="new-token">
      <h2 id="new-token-heading">{t("newHeading")}</h2>
      <FormMessage state={state} />
      {token && (
        <div className="card" role="region" aria-label={t("newToken")}>
          <p>{t("copyNow")}</p>
          <p className="secret" data-testid="new-token">
            {token}
          </p>
        </div>
      )}
      <TextField name="name" label={t("name")} hint={t("nameHint")} required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <TextField
        name="expiresInDays"
        label={t("expiresInDays")}
        hint={t("expiresHint")}
        type="number"
        defaultValue={state.values?.expiresInDays}
        errors={state.fieldErrors?.expiresInDays}
      />
      <div>
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </div>
      </FormIdScope>
    </form>
  );
}
