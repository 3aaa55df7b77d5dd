import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { getIatiImport } from "@/lib/domain/iati/import/get-iati-import";
import { importViewIn } from "@/lib/domain/iati/import/view";
import { negotiateLocale } from "@/lib/platform/i18n/locales";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** An import's preview, and once confirmed what it wrote. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await importViewIn(await getIatiImport(ctx.actor, (await params).id), negotiateLocale(request.headers.get("accept-language"))) });
});
