import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";
import { negotiateLocale } from "@/lib/platform/i18n/locales";
import { getSpreadsheetImport } from "@/lib/domain/spreadsheet-import/import/confirm-spreadsheet-import";
import { spreadsheetViewIn } from "@/lib/domain/spreadsheet-import/import/view";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** A spreadsheet import: its progress while it is read or written, its preview, and once confirmed what it wrote. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const actor = await apiActor(request);
  return Response.json({ data: spreadsheetViewIn(await getSpreadsheetImport(actor, (await params).id), negotiateLocale(request.headers.get("accept-language"))) });
});
