"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/platform/actions/form-state";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/**
 * Deletes a record for good, after the user ticks that they mean it. The action receives the
 * record's `id` and the `version` the user saw, so that a record changed meanwhile is not deleted.
 */
export function ConfirmDeleteForm({
  action,
  id,
  version,
  labels,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  id: string;
  version: number;
  labels: { form: string; confirm: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="form" aria-label={labels.form}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="field field-checkbox">
        <input id={`confirm-delete-${id}`} type="checkbox" required />
        <label htmlFor={`confirm-delete-${id}`}>{labels.confirm}</label>
      </div>
      <SubmitButton className="button button-danger" pendingLabel={labels.pending}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
