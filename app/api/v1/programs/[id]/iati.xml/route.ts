import { apiRoute } from "@/lib/platform/api/respond";
import { apiViewer } from "@/lib/platform/api/viewer";
import { appUrl } from "@/lib/platform/env";
import { iatiExport } from "@/lib/domain/iati/export/export-iati";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** One program as an IATI 2.03 activities file (docs/iati.md), if the caller may read it. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const { id } = await params;
  const viewer = await apiViewer(request);
  const base = appUrl();
  const body = await iatiExport(viewer, ZProgramFilter.parse({}), (documentId) => `${base}/api/v1/documents/${documentId}/file`, id);
  return new Response(body, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="iati-activity-${id.replace(/[^\w-]/g, "")}.xml"`,
      "Cache-Control": "private, no-store",
    },
  });
});
