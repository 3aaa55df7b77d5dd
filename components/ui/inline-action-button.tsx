"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/platform/actions/form-state";
import { IDLE } from "@/lib/platform/actions/form-state";
import { SubmitButton } from "./submit-button";

/**
 * A one-button form for a server action on a row (remove a participant, a document…): the hidden
 * `fields` say what it acts on, and a refusal is said beside the button.
 */
export function InlineActionButton({
  action,
  fields,
  label,
  accessibleName,
  pendingLabel,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** What a screen reader announces, naming the row ("Remove ILO, implementer"). */
  accessibleName: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton className="link-button" pendingLabel={pendingLabel}>
        <span aria-label={accessibleName}>{label}</span>
      </SubmitButton>
      {state.status === "error" && (
        <span role="alert" className="field-error">
          {" "}
          {state.message}
        </span>
      )}
    </form>
  );
}
