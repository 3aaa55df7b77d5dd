"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { forgotPasswordAction } from "@/lib/domain/accounts/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

/** Asks for the account's email; the answer is the same whether or not there is such an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("ForgotPassword");
  const [state, action] = useActionState(forgotPasswordAction, IDLE);
  return (
    <form id="forgot-password" action={action} className="form" noValidate>
      <FormIdScope id="forgot-password">
      <FormMessage state={state} />
      {state.status !== "success" && (
        <>
          <TextField name="email" type="email" label={t("email")} autoComplete="username" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
          <div>
            <SubmitButton className="button" pendingLabel={t("submitting")}>
              {t("submit")}
            </SubmitButton>
          </div>
        </>
      )}
      <p>
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
      </FormIdScope>
    </form>
  );
}
