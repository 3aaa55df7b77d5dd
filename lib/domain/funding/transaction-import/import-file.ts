import "server-only";
import { parse } from "csv-parse/sync";
import type { TCreateTransaction } from "@/lib/domain/funding/schemas";
import { AppError } from "@/lib/platform/errors/app-error";

/** The largest file the import reads, and the most rows it takes at once. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

/** The template's columns, in order. Provider and receiver are organisations by name, acronym or IATI identifier. */
export const IMPORT_COLUMNS = ["type", "date", "amount", "currency", "provider", "receiver", "reference", "description"] as const;

export type ImportRow = {
  line: number;
  status: "valid" | "warning" | "error";
  /** Why a row is refused, or what to check in a row that can be imported. */
  reasons: string[];
  values: Record<string, string>;
  transaction?: TCreateTransaction;
};

export type ImportPreview = { rows: ImportRow[]; counts: Record<ImportRow["status"], number> };

export type Upload = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export function refuse(message: string): never {
  throw new AppError("INVALID_INPUT", message, { fieldErrors: { file: [message] } });
}

/** The file as rows of text, or a clear refusal: not CSV, too large, not UTF-8, malformed, empty. */
export async function readCsv(file: Upload): Promise<Record<string, string>[]> {
  if (!/\.csv$/i.test(file.name)) refuse("Upload a .csv file: save the spreadsheet as CSV (UTF-8) first.");
  if (file.size === 0) refuse("The file is empty.");
  if (file.size > MAX_IMPORT_BYTES) refuse(`The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB; split it into smaller files.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    refuse("The file is not in UTF-8. Save it as \"CSV UTF-8\" and upload it again.");
  }
  if (text.includes("\u0000")) refuse("The file is not a text file. Upload the CSV export of the spreadsheet.");
  let records: Record<string, string>[];
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    refuse(`The file is not valid CSV: ${(error as Error).message.split("\n")[0]}`);
  }
  if (records.length === 0) refuse("The file has a header but no rows.");
  const columns = Object.keys(records[0]!);
  const missing = ["type", "date", "amount", "currency"].filter((column) => !columns.includes(column));
  if (missing.length) refuse(`The file lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. Start from the template.`);
  if (records.length > MAX_IMPORT_ROWS) refuse(`The file has ${records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  return records;
}
