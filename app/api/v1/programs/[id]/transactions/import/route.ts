import { readMultipart } from "@/lib/platform/api/read-form";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { negotiateLocale } from "@/lib/platform/i18n/locales";
import { MAX_IMPORT_BYTES, rowsIn } from "@/lib/domain/funding/transaction-import/import-file";
import { importTransactions } from "@/lib/domain/funding/transaction-import/import-transactions";
import { previewTransactionImport } from "@/lib/domain/funding/transaction-import/preview-transaction-import";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * multipart/form-data with a CSV `file` (see template.csv). `mode=preview` (the default) reports
 * each row as valid, warning or error and writes nothing; `mode=import` writes the rows numbered in
 * `lines` (repeated, or comma-separated: "2,3,5", as the preview numbers them) or, without it, the
 * valid rows, and the rows with warnings too when `withWarnings=true`.
 */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id } = await params;
  const form = await readMultipart(request, MAX_IMPORT_BYTES + 64 * 1024);
  const file = form.get("file");
  const upload = file instanceof File ? file : null;
  if (form.get("mode") === "import") {
    const lines = form.getAll("lines").flatMap((value) => String(value).split(","));
    const choice = lines.length ? { lines: lines.map((line) => line.trim()) } : { withWarnings: form.get("withWarnings") === "true" };
    return Response.json({ data: await importTransactions(ctx, id, upload, choice) }, { status: 201 });
  }
  const preview = await previewTransactionImport(ctx, id, upload);
  // The reasons in the client's language, as its errors are.
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return Response.json({ data: { counts: preview.counts, rows: rowsIn(preview.rows.map(({ transaction: _transaction, ...row }) => row), locale) } });
});
