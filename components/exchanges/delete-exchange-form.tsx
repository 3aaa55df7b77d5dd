"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteExchangeAction } from "@/app/(app)/exchanges/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

/** Deletes an exchange for good, after the user ticks that they mean it. */
export function DeleteExchangeForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("Exchange");
  const [state, action] = useActionState(deleteExchangeAction, IDLE);
  return (
    <form action={action} className="form" aria-label={t("deleteTitle")}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="field field-checkbox">
        <input id="confirm-delete-exchange" type="checkbox" required />
        <label htmlFor="confirm-delete-exchange">{t("deleteConfirm")}</label>
      </div>
      <SubmitButton className="button button-danger" pendingLabel={t("deleting")}>
        {t("delete")}
      </SubmitButton>
    </form>
  );
}
