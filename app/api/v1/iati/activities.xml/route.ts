import { filterQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiViewer } from "@/lib/platform/api/viewer";
import { appUrl } from "@/lib/platform/env";
import { iatiExport } from "@/lib/domain/iati/export/export-iati";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";

export const dynamic = "force-dynamic";

/**
 * The programs the list shows for the same filters, within what the caller may read, as an IATI
 * 2.03 activities file (docs/iati.md), streamed as it is written.
 */
export const GET = apiRoute(async (request) => {
  const filter = filterQuery(new URL(request.url), ZProgramFilter);
  const viewer = await apiViewer(request);
  const base = appUrl();
  const body = await iatiExport(viewer, filter, (id) => `${base}/api/v1/documents/${id}/file`);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="iati-activities-${stamp}.xml"`,
      "Cache-Control": "private, no-store",
    },
  });
});
