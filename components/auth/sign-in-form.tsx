"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Props = { callbackUrl: string; initialError?: string; sso?: { name: string } };

/** Email and password sign-in, plus the single sign-on button when it is configured. */
export function SignInForm({ callbackUrl, initialError, sso }: Props) {
  const t = useTranslations("SignIn");
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      setError(result?.status === 429 || result?.error === "RateLimited" ? "RateLimited" : "CredentialsSignin");
    } catch {
      setError("Unavailable");
    }
    setPending(false);
  }

  return (
    <>
      <form className="form" onSubmit={submit} noValidate={false}>
        {error && (
          <p role="alert" className="form-message form-message-error">
            {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.Default")}
          </p>
        )}
        <div className="field">
          <label htmlFor="sign-in-email">{t("email")}</label>
          <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t("password")}</label>
          <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </button>
        </div>
      </form>
      {sso && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => signIn("oidc", { callbackUrl })}>
            {t("sso", { name: sso.name })}
          </button>
        </p>
      )}
    </>
  );
}
