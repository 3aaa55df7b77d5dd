"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { uploadIatiAction } from "@/lib/domain/iati/actions";
import { FileField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

/** Step 1: the file, and the agreement for activities that do not name one. */
export function IatiUploadForm({ agreements }: { agreements: { id: string; shortName: string }[] }) {
  const t = useTranslations("Iati");
  const [state, action] = useActionState(uploadIatiAction, IDLE);
  return (
    <form id="iati-upload" action={action} className="form" aria-label={t("importTitle")}>
      <FormIdScope id="iati-upload">
      <FormMessage state={state} />
      <FileField name="file" label={t("file")} hint={t("fileHint")} accept=".xml,application/xml,text/xml" required errors={state.fieldErrors?.file} />
      <SelectField
        name="agreementId"
        label={t("agreement")}
        hint={t("agreementHint")}
        errors={state.fieldErrors?.agreementId}
        defaultValue={state.values?.agreementId ?? ""}
        options={[{ value: "", label: t("asTheFileSays") }, ...agreements.map((agreement) => ({ value: agreement.id, label: agreement.shortName }))]}
      />
      <SubmitButton pendingLabel={t("checking")}>{t("check")}</SubmitButton>
      </FormIdScope>
    </form>
  );
}
