"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { transactionImportAction, type ImportState } from "@/lib/domain/funding/transaction-import/actions";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/ui/submit-button";
import { TableScroll } from "@/components/ui/table-scroll";

const IDLE: ImportState = { status: "idle" };

type Action = (form: FormData) => void;
type Preview = NonNullable<ImportState["preview"]>;

/** Upload a CSV, see every row checked, then import the rows chosen. */
export function TransactionImport({ programId }: { programId: string }) {
  const t = useTranslations("TransactionImport");
  const [state, action] = useActionState(transactionImportAction, IDLE);

  if (state.status === "imported") {
    return (
      <div>
        <p role="status" className="form-message">
          {t("imported", { count: state.imported ?? 0 })}
        </p>
        <p>
          <Link href={`/programs/${programId}?tab=funding`}>{t("toFunding")}</Link>
        </p>
      </div>
    );
  }

  const preview = state.status === "preview" ? state.preview : undefined;
  return (
    <>
      <ImportUploadForm programId={programId} action={action} error={state.status === "error" ? (state.message ?? "") : undefined} />
      {preview && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t("previewTitle", { file: state.fileName ?? "" })}</h2>
          <p role="status">{t("counts", preview.counts)}</p>
          <ImportPreviewTable preview={preview} caption={t("previewTitle", { file: state.fileName ?? "" })} />
          {preview.counts.valid + preview.counts.warning > 0 ? (
            <ImportConfirmForm programId={programId} action={action} counts={preview.counts} fileName={state.fileName} csv={state.csv} />
          ) : (
            <p>{t("nothingToImport")}</p>
          )}
        </section>
      )}
    </>
  );
}

/** The first step: choose the file, which is checked and shown, nothing written. */
function ImportUploadForm({ programId, action, error }: { programId: string; action: Action; error?: string }) {
  const t = useTranslations("TransactionImport");
  return (
    <form action={action} className="form" aria-label={t("uploadTitle")}>
      {error !== undefined && (
        <p role="alert" className="form-message form-message-error">
          {error}
        </p>
      )}
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="step" value="preview" />
      <div className="field">
        <label htmlFor="import-file">{t("file")}</label>
        <p id="import-file-hint" className="field-hint">
          {t("fileHint")} <a href={`/api/v1/programs/${programId}/transactions/template.csv`}>{t("template")}</a>
        </p>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-file-hint" />
      </div>
      <SubmitButton pendingLabel={t("checking")}>{t("check")}</SubmitButton>
    </form>
  );
}

/** Every row of the file as checked: its line, state, what it holds and why it cannot be imported as is. */
function ImportPreviewTable({ preview, caption }: { preview: Preview; caption: string }) {
  const t = useTranslations("TransactionImport");
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("line")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("row")}</th>
            <th scope="col">{t("reasons")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>
                <Badge>{t(`state.${row.status}`)}</Badge>
              </td>
              <td>{[row.values.type, row.values.date, row.values.amount, row.values.currency].filter(Boolean).join(" · ")}</td>
              <td>{row.reasons.join(" ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The second step: import the previewed file's valid rows, and those with warnings when ticked. */
function ImportConfirmForm({ programId, action, counts, fileName, csv }: { programId: string; action: Action; counts: Preview["counts"]; fileName?: string; csv?: string }) {
  const t = useTranslations("TransactionImport");
  return (
    <form action={action} className="form" aria-label={t("confirmTitle")}>
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="step" value="confirm" />
      <input type="hidden" name="fileName" value={fileName} />
      <input type="hidden" name="csv" value={csv} />
      {counts.warning > 0 && (
        <div className="field field-checkbox">
          <input id="import-with-warnings" name="withWarnings" type="checkbox" />
          <label htmlFor="import-with-warnings">{t("withWarnings", { count: counts.warning })}</label>
        </div>
      )}
      <SubmitButton pendingLabel={t("importing")}>{t("import", { count: counts.valid })}</SubmitButton>
    </form>
  );
}
