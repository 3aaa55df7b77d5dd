"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { uploadIatiAction } from "@/lib/domain/iati/actions";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

/** Step 1: the file, and the agreement for activities that do not name one. */
export function IatiUploadForm({ agreements }: { agreements: { id: string; shortName: string }[] }) {
  const t = useTranslations("Iati");
  const [state, action] = useActionState(uploadIatiAction, IDLE);
  const fileErrors = state.fieldErrors?.file;
  return (
    <form id="iati-upload" action={action} className="form" aria-label={t("importTitle")}>
      <FormIdScope id="iati-upload">
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="iati-file">{t("file")}</label>
        <p id="iati-file-hint" className="field-hint">
          {t("fileHint")}
        </p>
        <input
          id="iati-file"
          name="file"
          type="file"
          accept=".xml,application/xml,text/xml"
          required
          aria-invalid={fileErrors?.length ? true : undefined}
          aria-describedby={fileErrors?.length ? "iati-file-hint iati-file-error" : "iati-file-hint"}
        />
        {fileErrors?.length ? (
          <p id="iati-file-error" className="field-error">
            {fileErrors.join(" ")}
          </p>
        ) : null}
      </div>
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
