"use client";

import { useActionState, useState } from "react";
import { formKey } from "@/components/ui/options";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { fieldId, FormIdScope } from "@/components/ui/form-id";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/platform/actions/form-state";

/** The attach form's words, in the reader's language; the file's size limit is written into them. */
export type AttachDocumentWords = Record<
  "attach" | "attaching" | "documentTitle" | "category" | "choose" | "url" | "urlHint" | "file" | "fileHint" | "tooLarge" | "language" | "languageHint" | "documentDate",
  string
>;

/**
 * Attaches a link or uploads a file with its IATI document category. A file over the limit is
 * refused before it is sent; the server checks its size and type again.
 */
export function AttachDocumentFormView({
  action: attach,
  hidden,
  categories,
  maxBytes,
  label,
  withheldLabel,
  words: t,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The form's name, which tells it apart from the page's other such forms (one per measure). */
  label?: string;
  /** The ids that say what the document is attached to. */
  hidden: Record<string, string>;
  categories: { value: string; label: string }[];
  maxBytes: number;
  /** When given, a box to tick to keep the document from the public (a submission's evidence). */
  withheldLabel?: string;
  /** Its words, written on the server in the reader's language. */
  words: AttachDocumentWords;
}) {
  const [state, action] = useActionState(attach, IDLE);
  const [tooLarge, setTooLarge] = useState(false);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  // One per measure on a plan's page: what it is attached to makes its id unique.
  const formId = `document-${Object.values(hidden).join("-")}`;
  const file = fieldId(formId, "file");
  const fileErrors = [...(tooLarge ? [t.tooLarge] : []), ...(errors.file ?? [])];
  return (
    <form
      key={formKey(state)}
      id={formId}
      action={action}
      className="form"
      aria-label={label ?? t.attach}
      onSubmit={(event) => {
        if (tooLarge) event.preventDefault();
      }}
    >
      <FormIdScope id={formId}>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField name="title" label={t.documentTitle} required defaultValue={values?.title ?? ""} errors={errors.title} />
      <SelectField
        name="category"
        label={t.category}
        required
        defaultValue={values?.category ?? ""}
        errors={errors.category}
        options={[{ value: "", label: t.choose }, ...categories]}
      />
      <TextField name="url" type="url" label={t.url} hint={t.urlHint} defaultValue={values?.url ?? ""} errors={errors.url} />
      <div className="field">
        <label htmlFor={file}>{t.file}</label>
        <p id={`${file}-hint`} className="field-hint">
          {t.fileHint}
        </p>
        <input
          id={file}
          name="file"
          type="file"
          accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.png,.jpg,.jpeg,.csv,.txt"
          aria-describedby={fileErrors.length ? `${file}-hint ${file}-error` : `${file}-hint`}
          aria-invalid={fileErrors.length ? true : undefined}
          onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > maxBytes)}
        />
        {fileErrors.length > 0 && (
          <p id={`${file}-error`} className="field-error">
            {fileErrors.join(" ")}
          </p>
        )}
      </div>
      <TextField name="languageCode" label={t.language} hint={t.languageHint} defaultValue={values?.languageCode ?? ""} errors={errors.languageCode} />
      <TextField name="documentDate" type="date" label={t.documentDate} defaultValue={values?.documentDate ?? ""} errors={errors.documentDate} />
      {withheldLabel && <CheckboxField name="withheld" label={withheldLabel} defaultChecked={values ? values.withheld === "on" : false} />}
      <SubmitButton pendingLabel={t.attaching}>{t.attach}</SubmitButton>
      </FormIdScope>
    </form>
  );
}
