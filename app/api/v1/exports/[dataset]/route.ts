import { apiRoute } from "@/lib/platform/api/respond";
import { apiViewer } from "@/lib/platform/api/viewer";
import { prepareExport } from "@/lib/domain/exports/datasets";
import { exportLabels } from "@/lib/domain/exports/export-labels";
import { exportLocale } from "@/lib/domain/exports/export-locale";
import { mapRows } from "@/lib/domain/exports/batches";
import { EXPORT_CONTENT_TYPES, startRows, tableStream } from "@/lib/domain/exports/table-stream";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ dataset: string }> };

/**
 * A dataset (programs, transactions, indicators, plans, events, submissions) as a CSV or XLSX download, with the
 * filters of the list it comes from and within what the caller may read, streamed as it is read.
 * Its headers and words are in the caller's language, or with `headers=keys` the stable machine
 * names and codes (docs/exports.md). Everything that can be refused is refused before the first
 * byte is sent.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const prepared = prepareExport((await params).dataset, new URL(request.url).searchParams);
  const viewer = await apiViewer(request);
  const locale = await exportLocale(request, viewer, prepared.lang);
  const labels = await exportLabels(prepared.dataset, prepared.keys, prepared.headers, locale);
  const rows = await startRows(prepared.rows(viewer));
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(tableStream(prepared.format, labels.columns, mapRows(rows, labels.row), labels.sheet), {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[prepared.format],
      "Content-Disposition": `attachment; filename="${prepared.dataset}-${stamp}.${prepared.format}"`,
      ...(prepared.headers === "labels" && { "Content-Language": locale }),
      "Cache-Control": "no-store",
    },
  });
});
