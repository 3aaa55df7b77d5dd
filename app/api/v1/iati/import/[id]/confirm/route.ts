import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { confirmIatiImport } from "@/lib/domain/iati/import/confirm-iati-import";
import { ZIatiConfirm } from "@/lib/domain/iati/schemas";
import { importViewIn } from "@/lib/domain/iati/import/view";
import { negotiateLocale } from "@/lib/platform/i18n/locales";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Writes the chosen activities of a previewed import, and only those. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { activities } = await readJson(request, ZIatiConfirm);
  return Response.json({ data: await importViewIn(await confirmIatiImport(ctx, (await params).id, activities), negotiateLocale(request.headers.get("accept-language"))) });
});
