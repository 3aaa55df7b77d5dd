import { z } from "zod";
import { LOCALES } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { SHEET_KINDS } from "./columns";

/** The programs of a previewed spreadsheet import to write, by identifier. */
export const ZSpreadsheetConfirm = z.object({
  programs: z
    .array(z.string().trim().min(1).max(200), { error: problem("SpreadsheetImportProblems.listPrograms") })
    .min(1, problem("SpreadsheetImportProblems.chooseProgram"))
    .max(20_000, problem("SpreadsheetImportProblems.listPrograms")),
});

/** Which template: the workbook, or one sheet as CSV; in a language (else the reader's). */
export const ZTemplateQuery = z.object({
  format: z.enum(["xlsx", "csv"], { error: problem("SpreadsheetImportProblems.templateFormat") }).default("xlsx"),
  sheet: z.enum(SHEET_KINDS as [string, ...string[]], { error: problem("SpreadsheetImportProblems.templateSheet", { sheets: SHEET_KINDS.join(", ") }) }).default("programs"),
  locale: z.enum(LOCALES, { error: problem("SpreadsheetImportProblems.templateLocale", { locales: LOCALES.join(", ") }) }).optional(),
});
