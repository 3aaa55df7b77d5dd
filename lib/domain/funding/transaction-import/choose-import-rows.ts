import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";
import { ZWholeNumber } from "@/lib/platform/validation";
import { MAX_IMPORT_ROWS, type ImportRow } from "./import-file";

const LINE = problem("ImportRowProblems.lineNumber");

/**
 * The rows a person ticked, by their row numbers in the file (2 for the first row under the header,
 * as the preview numbers them): at least one, each once.
 */
export const ZImportLines = z
  .array(ZWholeNumber(LINE, z.number().min(2, LINE).max(MAX_IMPORT_ROWS + 1, LINE)))
  .min(1, problem("ImportRowProblems.chooseRow"))
  .max(MAX_IMPORT_ROWS, problem("ImportRowProblems.tooManyLines", { max: MAX_IMPORT_ROWS }))
  .refine((lines) => new Set(lines).size === lines.length, problem("ImportRowProblems.repeatedLine"));

/**
 * The rows to write: those ticked by number, when `lines` is given, or else the valid rows and, with
 * `withWarnings`, those with warnings. A ticked number that is no row of the file, or a row refused
 * by the checks, refuses the whole choice: a form cannot tick what the preview did not offer.
 */
export function chooseImportRows(rows: ImportRow[], { lines, withWarnings = false }: { lines?: readonly unknown[]; withWarnings?: boolean }): ImportRow[] {
  if (lines === undefined) return rows.filter((row) => row.status === "valid" || (withWarnings && row.status === "warning"));
  const parsed = ZImportLines.safeParse(lines);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    throw new AppError("INVALID_INPUT", Object.values(fieldErrors)[0]?.[0] ?? LINE, { fieldErrors: { lines: Object.values(fieldErrors).flat() } });
  }
  const byLine = new Map(rows.map((row) => [row.line, row]));
  const refused = parsed.data.flatMap((line) => {
    const row = byLine.get(line);
    if (!row) return [problem("ImportRowProblems.noSuchLine", { line })];
    return row.status === "error" ? [problem("ImportRowProblems.refusedLine", { line })] : [];
  });
  if (refused.length) throw new AppError("INVALID_INPUT", problem("ImportRowProblems.rowsRefused"), { fieldErrors: { lines: refused } });
  const chosen = new Set(parsed.data);
  return rows.filter((row) => chosen.has(row.line));
}
