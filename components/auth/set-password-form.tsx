"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { setPasswordAction } from "@/lib/domain/accounts/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

/**
 * The new password, twice. Once it is saved, the person is signed in with it straight away (the
 * browser still holds what they typed), or sent to the sign-in page if that does not work.
 */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("SetPassword");
  const password = useRef("");
  const [state, action] = useActionState(async (previous: FormState, form: FormData) => {
    password.current = String(form.get("password") ?? "");
    const next = await setPasswordAction(previous, form);
    if (next.status === "success" && next.result?.email) {
      const signedIn = await signIn("credentials", { email: next.result.email, password: password.current, redirect: false }).catch(() => undefined);
      password.current = "";
      window.location.assign(signedIn?.ok && !signedIn.error ? "/" : "/sign-in?passwordSet=1");
    }
    return next;
  }, IDLE);
  const unusable = Boolean(state.fieldErrors?.token);

  if (unusable) {
    return (
      <div className="card" role="alert">
        <p>{state.fieldErrors?.token?.[0]}</p>
        <p>
          <Link href="/forgot-password">{t("askAgain")}</Link>
        </p>
      </div>
    );
  }
  return (
    <form id="set-password" action={action} className="form" noValidate>
      <FormIdScope id="set-password">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <p className="muted">{t("rules")}</p>
      <TextField name="password" type="password" label={t("password")} autoComplete="new-password" required errors={state.fieldErrors?.password} />
      <TextField name="confirmPassword" type="password" label={t("confirmPassword")} autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <div>
        <SubmitButton className="button" pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
      </FormIdScope>
    </form>
  );
}
