"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createProvisionAction, updateProvisionAction } from "@/lib/domain/agreements/actions";
import { formKey } from "@/components/ui/options";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { LabourTopic, ProvisionCategory } from "@/lib/platform/db/generated/enums";

export type EditableProvision = { id: string; article: string; category: ProvisionCategory; topic: LabourTopic; title: string; text: string; version: number };

/** Adds a labour provision to `agreementId`, or edits `provision` when given. */
export function ProvisionForm({ agreementId, provision }: { agreementId: string; provision?: EditableProvision }) {
  const t = useTranslations("ProvisionForm");
  const tCategory = useTranslations("ProvisionCategory");
  const tTopic = useTranslations("LabourTopic");
  const [state, action] = useActionState(provision ? updateProvisionAction : createProvisionAction, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const current = (field: "article" | "category" | "topic" | "title" | "text") => values?.[field] ?? provision?.[field] ?? "";
  const errors = state.fieldErrors ?? {};

  return (
    <form key={formKey(state, provision?.version)} action={action} className="form" aria-label={provision ? t("editTitle") : t("newTitle")}>
      <FormMessage state={state} />
      {provision ? (
        <>
          <input type="hidden" name="id" value={provision.id} />
          <input type="hidden" name="version" value={values?.version ?? String(provision.version)} />
        </>
      ) : (
        <input type="hidden" name="agreementId" value={agreementId} />
      )}
      <TextField name="article" label={t("article")} hint={t("articleHint")} required defaultValue={current("article")} errors={errors.article} />
      <SelectField
        name="category"
        label={t("category")}
        required
        defaultValue={current("category")}
        errors={errors.category}
        options={[{ value: "", label: t("choose") }, ...Object.values(ProvisionCategory).map((value) => ({ value, label: tCategory(value) }))]}
      />
      <SelectField
        name="topic"
        label={t("topic")}
        required
        defaultValue={current("topic")}
        errors={errors.topic}
        options={[{ value: "", label: t("choose") }, ...Object.values(LabourTopic).map((value) => ({ value, label: tTopic(value) }))]}
      />
      <TextField name="title" label={t("title")} required defaultValue={current("title")} errors={errors.title} />
      <TextAreaField name="text" label={t("text")} rows={8} required defaultValue={current("text")} errors={errors.text} />
      {errors.version && (
        <p className="field-error" role="alert">
          {errors.version.join(" ")}
        </p>
      )}
      <SubmitButton pendingLabel={t("saving")}>{provision ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
