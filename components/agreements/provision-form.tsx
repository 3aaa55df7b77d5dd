"use client";

import { useTranslations } from "next-intl";
import { createProvisionAction, updateProvisionAction } from "@/lib/domain/agreements/actions";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { VersionedForm } from "@/components/ui/versioned-form";
import { LabourTopic, ProvisionCategory } from "@/lib/platform/db/generated/enums";

export type EditableProvision = { id: string; article: string; category: ProvisionCategory; topic: LabourTopic; title: string; text: string; version: number };

/** Adds a labour provision to `agreementId`, or edits `provision` when given. */
export function ProvisionForm({ agreementId, provision }: { agreementId: string; provision?: EditableProvision }) {
  const t = useTranslations("ProvisionForm");
  const tCategory = useTranslations("ProvisionCategory");
  const tTopic = useTranslations("LabourTopic");
  return (
    <VersionedForm
      action={{ create: createProvisionAction, update: updateProvisionAction }}
      record={provision}
      messages={t}
      hidden={provision ? {} : { agreementId }}
    >
      {({ errors, value }) => (
        <>
          <TextField name="article" label={t("article")} hint={t("articleHint")} required defaultValue={value("article", provision?.article)} errors={errors.article} />
          <SelectField
            name="category"
            label={t("category")}
            required
            defaultValue={value("category", provision?.category)}
            errors={errors.category}
            options={[{ value: "", label: t("choose") }, ...Object.values(ProvisionCategory).map((value) => ({ value, label: tCategory(value) }))]}
          />
          <SelectField
            name="topic"
            label={t("topic")}
            required
            defaultValue={value("topic", provision?.topic)}
            errors={errors.topic}
            options={[{ value: "", label: t("choose") }, ...Object.values(LabourTopic).map((value) => ({ value, label: tTopic(value) }))]}
          />
          <TextField name="title" label={t("title")} required defaultValue={value("title", provision?.title)} errors={errors.title} />
          <TextAreaField name="text" label={t("text")} rows={8} required defaultValue={value("text", provision?.text)} errors={errors.text} />
        </>
      )}
    </VersionedForm>
  );
}
