"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/platform/actions/form-action";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { inBackground } from "@/lib/domain/imports/in-background";
import { beginSpreadsheetConfirmation, writeSpreadsheetImport } from "./import/confirm-spreadsheet-import";
import { readSpreadsheetImport, startSpreadsheetImport } from "./import/preview-spreadsheet-import";

/** Stores the uploaded files and starts reading them; the import's page shows the progress, then the preview. */
export const uploadSpreadsheetAction = formAction(async (ctx, form) => {
  const files = await Promise.all(
    form
      .getAll("files")
      .filter((value): value is File => value instanceof File && (value.size > 0 || value.name !== ""))
      .map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  // Cells are read the way the reader writes amounts and dates: in the language of the page.
  const id = await startSpreadsheetImport(ctx, { files, locale: await requestLocale() });
  inBackground(id, ctx.requestId, () => readSpreadsheetImport(id));
  redirect(`/programs/import/${id}`);
});

/** Writes the programs ticked on the preview; the page shows the progress, then what was written. */
export const confirmSpreadsheetAction = formAction(async (ctx, form) => {
  const id = String(form.get("importId") ?? "");
  // A preview of several pages is confirmed whole but for what is unticked on the page shown, or by what is ticked on it.
  const texts = (name: string) => form.getAll(name).filter((value): value is string => typeof value === "string");
  const ticked = texts("activity");
  const chosen = form.get("scope") === "all" ? { allExcept: texts("shown").filter((identifier) => !ticked.includes(identifier)) } : ticked;
  await beginSpreadsheetConfirmation(ctx, id, chosen);
  inBackground(id, ctx.requestId, () => writeSpreadsheetImport(id, ctx.requestId));
  redirect(`/programs/import/${encodeURIComponent(id)}`);
});
