"use server";

import { revalidatePath } from "next/cache";
import { serverAction, type SignedInContext } from "@/lib/platform/actions/server-action";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { asCsvText, rowsIn, type ImportPreview } from "./import-file";
import { importTransactions } from "./import-transactions";
import { previewTransactionImport } from "./preview-transaction-import";

/** The import page's state: the file's rows as checked, kept as text so that confirming needs no second upload. */
export type ImportState = {
  status: "idle" | "preview" | "imported" | "error";
  message?: string;
  preview?: Omit<ImportPreview, "rows"> & { rows: Omit<ImportPreview["rows"][number], "transaction">[] };
  fileName?: string;
  csv?: string;
  imported?: number;
  /** The file's rows not imported: not ticked, or refused by the checks. */
  leftOut?: number;
};

function asUpload(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
}

/**
 * The import page's one action: `step=preview` checks the uploaded file and shows every row, writing
 * nothing; `step=confirm` imports the chosen rows of the previewed file, after checking it again.
 * A refusal shows what is wrong with the file when it is about the file.
 */
export const transactionImportAction = serverAction<ImportState>((ctx, form) => (form.get("step") === "confirm" ? confirm(ctx, form) : preview(ctx, form)), {
  failed: ({ message, fieldErrors }) => ({ status: "error", message: fieldErrors?.file?.[0] ?? message }),
  nothingDone: "Problem.unexpectedNothingImported",
  logName: "the transaction import",
});

async function preview(ctx: SignedInContext, form: FormData): Promise<ImportState> {
  const file = form.get("file");
  const upload = file instanceof File && file.size > 0 ? file : null;
  const preview = await previewTransactionImport(ctx, String(form.get("programId") ?? ""), upload);
  // A workbook is kept as the CSV of its rows, which the confirmation reads like any CSV.
  const kept = await asCsvText(upload!);
  return {
    status: "preview",
    preview: { counts: preview.counts, rows: rowsIn(preview.rows.map(({ transaction: _transaction, ...row }) => row), await requestLocale()) },
    fileName: kept.name,
    csv: kept.text,
  };
}

async function confirm(ctx: SignedInContext, form: FormData): Promise<ImportState> {
  const programId = String(form.get("programId") ?? "");
  // Only the ticked rows, by number; the domain refuses a number the preview did not offer.
  const result = await importTransactions(ctx, programId, asUpload(String(form.get("fileName") ?? "import.csv"), String(form.get("csv") ?? "")), {
    lines: form.getAll("lines").map(String),
  });
  revalidatePath(`/programs/${programId}`);
  return { status: "imported", imported: result.imported, leftOut: result.skipped };
}
