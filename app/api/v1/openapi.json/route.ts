import { apiRoute } from "@/lib/platform/api/respond";
import { openApiDocument } from "@/lib/platform/openapi/document";

/** The OpenAPI 3.1 description of /api/v1: the same for every caller, so shared caches may keep it a while. */
export const GET = apiRoute(async () => {
  return Response.json(openApiDocument(), {
    headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" },
  });
});
