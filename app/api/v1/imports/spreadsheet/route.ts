import { apiRoute } from "@/lib/platform/api/respond";
import { inBackground } from "@/lib/domain/imports/in-background";
import { apiContext } from "@/lib/platform/api/viewer";
import { readMultipart } from "@/lib/platform/api/read-form";
import { AppError } from "@/lib/platform/errors/app-error";
import { LOCALES, negotiateLocale, type Locale } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { MAX_SPREADSHEET_BYTES } from "@/lib/domain/spreadsheet-import/columns";
import { getSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/confirm-spreadsheet-import";
import { readSpreadsheetImport, startSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/preview-spreadsheet-import";
import { spreadsheetViewIn } from "@/lib/domain/spreadsheet-import/import/view";

export const dynamic = "force-dynamic";

/** Room for the form's other fields and its boundaries around the files. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Uploads a spreadsheet of programs (multipart/form-data: `files`, one XLSX workbook or CSV files of
 * one sheet each; `locale`, the language its amounts and dates are written in, else the reader's)
 * and answers 202 with the import, which is read in the background: GET it until its status is
 * PREVIEWED (or FAILED) for the preview.
 */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  if (!/^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", problem("SpreadsheetImportProblems.sendAsMultipart"));
  const form = await readMultipart(request, MAX_SPREADSHEET_BYTES + FORM_OVERHEAD);
  const files = await Promise.all(form.getAll("files").filter((value): value is File => value instanceof File).map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const asked = form.get("locale");
  const locale = (LOCALES as readonly string[]).includes(String(asked)) ? (asked as Locale) : negotiateLocale(request.headers.get("accept-language"));
  const id = await startSpreadsheetImport(ctx, { files, locale });
  inBackground(id, ctx.requestId, () => readSpreadsheetImport(id));
  return Response.json({ data: spreadsheetViewIn(await getSpreadsheetImport(ctx.actor!, id), negotiateLocale(request.headers.get("accept-language"))) }, { status: 202 });
});
