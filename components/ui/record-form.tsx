"use client";

import { useActionState } from "react";
import { formKey } from "./options";
import type { FormState } from "@/lib/platform/actions/form-state";
import { IDLE } from "@/lib/platform/actions/form-state";
import { SelectField, TextAreaField, TextField } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "date" | "number" | "textarea" | "select";
  options?: { value: string; label: string }[];
  required?: boolean;
  hint?: string;
  defaultValue?: string;
};

/**
 * A small form for one record (a transaction, a budget line, a report…), described by its fields:
 * errors show next to each field and a refused form keeps what was typed.
 */
export function RecordForm({
  action,
  hidden,
  fields,
  label,
  submitLabel,
  pendingLabel,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  fields: FieldSpec[];
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  // Ids must be unique on a page that shows several of these forms.
  const prefix = Object.values(hidden).join("-");
  const hiddenErrors = Object.keys(hidden).flatMap((name) => errors[name] ?? []);
  return (
    <form key={formKey(state)} action={formAction} className="form" aria-label={label}>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={values?.[name] ?? value} />
      ))}
      {fields.map((spec) => {
        const common = {
          name: spec.name,
          id: `${prefix}-${spec.name}`,
          label: spec.label,
          required: spec.required,
          hint: spec.hint,
          errors: errors[spec.name],
          defaultValue: values?.[spec.name] ?? spec.defaultValue ?? "",
        };
        if (spec.kind === "select") return <SelectField key={spec.name} {...common} options={spec.options ?? []} />;
        if (spec.kind === "textarea") return <TextAreaField key={spec.name} {...common} rows={3} />;
        return <TextField key={spec.name} {...common} type={spec.kind === "number" ? "text" : spec.kind} />;
      })}
      {hiddenErrors.length > 0 && (
        <p className="field-error" role="alert">
          {hiddenErrors.join(" ")}
        </p>
      )}
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
