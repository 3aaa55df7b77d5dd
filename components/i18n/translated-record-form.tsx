"use client";

import { Fragment } from "react";
import type { FormState } from "@/lib/platform/actions/form-state";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { FieldSpec } from "@/components/ui/record-form";
import { VersionedForm } from "@/components/ui/versioned-form";
import type { Multilingual } from "@/lib/platform/i18n/localized-text";
import { OriginalLanguageField, TranslatedField } from "./translated-fields";

type Props = {
  /** The form's id, from which its fields' ids derive (see VersionedForm). */
  formId?: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  fields: FieldSpec[];
  /** The fields written in the record's language, each shown beside its translations. */
  translated: readonly string[];
  saved: Multilingual;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  pendingLabel: string;
};

/**
 * RecordForm for a record whose texts have translations: the language of the original comes before
 * the first of them, and each is shown beside its translations.
 */
export function TranslatedRecordForm({ formId, action, hidden, fields, translated, saved, label, submitLabel, pendingLabel }: Props) {
  const first = fields.find((spec) => translated.includes(spec.name))?.name;
  return (
    <VersionedForm formId={formId} action={action} hiddenErrors={Object.keys(hidden)} label={label} submitLabel={submitLabel} pendingLabel={pendingLabel}>
      {(kit) => (
        <>
          {/* What was sent is sent again after a refusal: a version stays the one the edit started from. */}
          {Object.entries(hidden).map(([name, sent]) => (
            <input key={name} type="hidden" name={name} value={kit.value(name, sent)} />
          ))}
          {fields.map((spec) => {
            if (translated.includes(spec.name)) {
              const field = { name: spec.name, label: spec.label, hint: spec.hint, required: spec.required, multiline: spec.kind === "textarea", value: spec.defaultValue };
              return (
                <Fragment key={spec.name}>
                  {spec.name === first && <OriginalLanguageField kit={kit} saved={saved} />}
                  <TranslatedField kit={kit} saved={saved} field={field} />
                </Fragment>
              );
            }
            const common = {
              name: spec.name,
              label: spec.label,
              required: spec.required,
              hint: spec.hint,
              errors: kit.errors[spec.name],
              defaultValue: kit.value(spec.name, spec.defaultValue),
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
