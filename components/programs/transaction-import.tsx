"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { transactionImportAction, type ImportState } from "@/lib/domain/funding/transaction-import/actions";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/ui/submit-button";
import { TableScroll } from "@/components/ui/table-scroll";

const IDLE: ImportState = { status: "idle" };

type Action = (form: FormData) => void;
type Preview = NonNullable<ImportState["preview"]>;

/** The id that ties the preview's row checkboxes to the form that imports them. */
const CONFIRM_FORM = "transaction-import-confirm";

/** The rows ticked at first: the valid ones; rows with warnings wait for the reader to tick them. */
const validLines = (preview: Preview) => new Set(preview.rows.filter((row) => row.status === "valid").map((row) => row.line));

/** Upload a CSV, see every row checked, tick the rows to import, then import them. */
export function TransactionImport({ programId }: { programId: string }) {
  const t = useTranslations("TransactionImport");
  const tRows = useTranslations("TransactionImportRows");
  const [state, action] = useActionState(transactionImportAction, IDLE);

  if (state.status === "imported") {
    return (
      <div>
        <p role="status" className="form-message">
          {t("imported", { count: state.imported ?? 0 })} {tRows("leftOut", { count: state.leftOut ?? 0 })}
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
          {preview.counts.valid + preview.counts.warning > 0 ? (
            // A new file starts a new choice.
            <ImportChoice key={state.csv} programId={programId} action={action} preview={preview} fileName={state.fileName} csv={state.csv} />
          ) : (
            <>
              <ImportPreviewTable preview={preview} caption={t("previewTitle", { file: state.fileName ?? "" })} />
              <p>{t("nothingToImport")}</p>
            </>
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
        <input id="import-file" name="file" type="file" accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required aria-describedby="import-file-hint" />
      </div>
      <SubmitButton pendingLabel={t("checking")}>{t("check")}</SubmitButton>
    </form>
  );
}

type Choice = { chosen: Set<number>; toggle: (line: number) => void };

/**
 * Every row of the file as checked: its line, state, what it holds and why it cannot be imported as
 * is. With a `choice`, each row that can be imported has a checkbox labelled by its row number; a
 * refused row has none.
 */
function ImportPreviewTable({ preview, caption, choice }: { preview: Preview; caption: string; choice?: Choice }) {
  const t = useTranslations("TransactionImport");
  const tRows = useTranslations("TransactionImportRows");
  const line = (row: Preview["rows"][number]) =>
    choice && row.status !== "error" ? (
      <span className="field-checkbox">
        <input id={`import-line-${row.line}`} form={CONFIRM_FORM} type="checkbox" name="lines" value={row.line} checked={choice.chosen.has(row.line)} onChange={() => choice.toggle(row.line)} />
        <label htmlFor={`import-line-${row.line}`}>
          <span className="visually-hidden">{tRows("rowLabel", { line: row.line })}</span>
          <span aria-hidden="true">{row.line}</span>
        </label>
      </span>
    ) : (
      row.line
    );
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
              <td>{line(row)}</td>
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

/** The second step: the preview with a checkbox per row that can be imported, and the import of the ticked rows. */
function ImportChoice({ programId, action, preview, fileName, csv }: { programId: string; action: Action; preview: Preview; fileName?: string; csv?: string }) {
  const t = useTranslations("TransactionImport");
  const tRows = useTranslations("TransactionImportRows");
  const [chosen, setChosen] = useState(() => validLines(preview));
  const importable = preview.rows.filter((row) => row.status !== "error").map((row) => row.line);
  const toggle = (line: number) =>
    setChosen((before) => {
      const after = new Set(before);
      if (!after.delete(line)) after.add(line);
      return after;
    });
  return (
    <>
      <p>{tRows("hint")}</p>
      <p>
        <button type="button" className="button button-secondary" onClick={() => setChosen(new Set(importable))}>
          {tRows("all")}
        </button>{" "}
        <button type="button" className="button button-secondary" onClick={() => setChosen(new Set())}>
          {tRows("none")}
        </button>
      </p>
      <ImportPreviewTable preview={preview} caption={t("previewTitle", { file: fileName ?? "" })} choice={{ chosen, toggle }} />
      <form id={CONFIRM_FORM} action={action} className="form" aria-label={t("confirmTitle")}>
        <input type="hidden" name="programId" value={programId} />
        <input type="hidden" name="step" value="confirm" />
        <input type="hidden" name="fileName" value={fileName} />
        <input type="hidden" name="csv" value={csv} />
        <p aria-live="polite">{tRows("chosen", { count: chosen.size, total: preview.rows.length })}</p>
        {chosen.size > 0 && <SubmitButton pendingLabel={t("importing")}>{tRows("import", { count: chosen.size })}</SubmitButton>}
      </form>
    </>
  );
}
