"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { uploadSpreadsheetAction } from "@/lib/domain/spreadsheet-import/actions";
import { FileField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

const SPREADSHEETS = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** Step 1: the workbook, or the CSV files of its sheets. */
export function SpreadsheetUploadForm() {
  const t = useTranslations("SpreadsheetImportForm");
  const [state, action] = useActionState(uploadSpreadsheetAction, IDLE);
  return (
    <form id="spreadsheet-upload" action={action} className="form" aria-label={t("title")}>
      <FormIdScope id="spreadsheet-upload">
        <FormMessage state={state} />
        <FileField name="files" label={t("files")} hint={t("filesHint")} accept={SPREADSHEETS} multiple required errors={state.fieldErrors?.file} />
        <SubmitButton pendingLabel={t("checking")}>{t("check")}</SubmitButton>
      </FormIdScope>
    </form>
  );
}
