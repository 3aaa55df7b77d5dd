import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";
import { listAuditEvents, ZAuditFilter } from "@/lib/platform/audit/list-audit-events";

export const dynamic = "force-dynamic";

/** The audit trail for ADMIN and ANALYST, newest first, filtered by the query string. */
export const GET = apiRoute(async (request) => {
  const actor = await apiActor(request);
  const url = new URL(request.url);
  const filter = filterQuery(url, ZAuditFilter);
  return Response.json(await listAuditEvents(actor, filter, pageQuery(url)));
});
