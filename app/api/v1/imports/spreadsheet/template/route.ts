import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";
import { requirePermission } from "@/lib/platform/authz";
import { negotiateLocale } from "@/lib/platform/i18n/locales";
import type { SheetKind } from "@/lib/domain/spreadsheet-import/columns";
import { ZTemplateQuery } from "@/lib/domain/spreadsheet-import/schemas";
import { templateResponse } from "@/lib/domain/spreadsheet-import/template-file";

export const dynamic = "force-dynamic";

/** The spreadsheet import's template: the XLSX workbook, or one sheet as CSV, in the language asked for or the reader's. */
export const GET = apiRoute(async (request) => {
  requirePermission(await apiActor(request), "program.create");
  const query = ZTemplateQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return templateResponse({ format: query.format, sheet: query.sheet as SheetKind, locale: query.locale ?? negotiateLocale(request.headers.get("accept-language")) });
});
