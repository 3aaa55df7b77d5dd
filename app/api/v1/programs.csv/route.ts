import { filterQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiViewer } from "@/lib/platform/api/viewer";
import { exportProgramsCsv } from "@/lib/domain/programs/export-programs-csv";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";

export const dynamic = "force-dynamic";

/** The filtered program list as CSV, with the same filters and order as GET /api/v1/programs. */
export const GET = apiRoute(async (request) => {
  const viewer = await apiViewer(request);
  const filter = filterQuery(new URL(request.url), ZProgramFilter);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(exportProgramsCsv(viewer, filter), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="programs-${stamp}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
