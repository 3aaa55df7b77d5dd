import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { inBackground } from "@/lib/domain/imports/in-background";
import { apiContext } from "@/lib/platform/api/viewer";
import { negotiateLocale } from "@/lib/platform/i18n/locales";
import { beginSpreadsheetConfirmation, getSpreadsheetImport, writeSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/confirm-spreadsheet-import";
import { ZSpreadsheetConfirm } from "@/lib/domain/spreadsheet-import/schemas";
import { spreadsheetViewIn } from "@/lib/domain/spreadsheet-import/import/view";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Writes the chosen programs of a previewed import, in the background (202): GET the import until its status is CONFIRMED for what was written. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id } = await params;
  const { programs } = await readJson(request, ZSpreadsheetConfirm);
  await beginSpreadsheetConfirmation(ctx, id, programs);
  inBackground(id, ctx.requestId, () => writeSpreadsheetImport(id, ctx.requestId));
  return Response.json({ data: spreadsheetViewIn(await getSpreadsheetImport(ctx.actor!, id), negotiateLocale(request.headers.get("accept-language"))) }, { status: 202 });
});
