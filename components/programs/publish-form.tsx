"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/platform/actions/form-state";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Publishes a program or returns it to draft, from the `version` the reader saw: one button, and
 * the server's refusal (a missing item, a change made meanwhile) said above it.
 */
export function PublishForm({
  action,
  id,
  version,
  labels,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  id: string;
  version: number;
  labels: { form: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="form" aria-label={labels.form}>
      <FormMessage state={state} />
      {state.status === "error" && state.fieldErrors && (
        <ul>
          {Object.values(state.fieldErrors)
            .flat()
            .map((message) => (
              <li key={message}>{message}</li>
            ))}
        </ul>
      )}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
