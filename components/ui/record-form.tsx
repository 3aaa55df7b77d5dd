"use client";

import type { FormState } from "@/lib/platform/actions/form-state";
import { SelectField, TextAreaField, TextField } from "./field";
import { VersionedForm } from "./versioned-form";

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
  idPrefix,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  /** What the fields' ids start with, for a page with two forms on the same record; the hidden values by default. */
  idPrefix?: string;
  fields: FieldSpec[];
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  pendingLabel: string;
}) {
  // Ids must be unique on a page that shows several of these forms.
  const prefix = idPrefix ?? Object.values(hidden).join("-");
  return (
    <VersionedForm action={action} hiddenErrors={Object.keys(hidden)} label={label} submitLabel={submitLabel} pendingLabel={pendingLabel}>
      {({ errors, value }) => (
        <>
          {/* What was sent is sent again after a refusal: a version stays the one the edit started from. */}
          {Object.entries(hidden).map(([name, sent]) => (
            <input key={name} type="hidden" name={name} value={value(name, sent)} />
          ))}
          {fields.map((spec) => {
            const common = {
              name: spec.name,
              id: `${prefix}-${spec.name}`,
              label: spec.label,
              required: spec.required,
              hint: spec.hint,
              errors: errors[spec.name],
              defaultValue: value(spec.name, spec.defaultValue),
            };
            if (spec.kind === "select") return <SelectField key={spec.name} {...common} options={spec.options ?? []} />;
            if (spec.kind === "textarea") return <TextAreaField key={spec.name} {...common} rows={3} />;
            return <TextField key={spec.name} {...common} type={spec.kind === "number" ? "text" : spec.kind} />;
          })}
        </>
      )}
    </VersionedForm>
  );
}
