import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { confirmIatiImport } from "@/lib/domain/iati/import/confirm-iati-import";
import { ZIatiConfirm } from "@/lib/domain/iati/schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Writes the chosen activities of a previewed import, and only those. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { activities } = await readJson(request, ZIatiConfirm);
  return Response.json({ data: await confirmIatiImport(ctx, (await params).id, activities) });
});
