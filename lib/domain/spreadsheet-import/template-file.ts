import "server-only";
import { db } from "@/lib/platform/db";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { SheetKind } from "./columns";
import { sheetName } from "./headers";
import { buildTemplateCsv, buildTemplateWorkbook } from "./template";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The template as a download: the workbook, with the register's agreements and currencies in its drop-downs, or one sheet as CSV. */
export async function templateResponse({ format, sheet, locale }: { format: "xlsx" | "csv"; sheet: SheetKind; locale: Locale }): Promise<Response> {
  const disposition = (name: string) => `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  if (format === "csv") {
    const name = `${sheetName(sheet, locale)}.csv`;
    return new Response(buildTemplateCsv(sheet, locale), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": disposition(name), "cache-control": "private, no-store" } });
  }
  const [agreements, currencies] = await Promise.all([
    db().agreement.findMany({ select: { shortName: true }, orderBy: { shortName: "asc" } }),
    db().currency.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
  ]);
  const workbook = await buildTemplateWorkbook(locale, { agreements: agreements.map((agreement) => agreement.shortName), currencies: currencies.map((currency) => currency.code) });
  return new Response(new Uint8Array(workbook), { headers: { "content-type": XLSX_TYPE, "content-disposition": disposition(`programs-template-${locale}.xlsx`), "cache-control": "private, no-store" } });
}
