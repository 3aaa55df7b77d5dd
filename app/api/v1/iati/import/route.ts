import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { previewIatiImport } from "@/lib/domain/iati/import/preview-iati-import";
import { readIatiUpload } from "@/lib/domain/iati/read-upload";
import { importViewIn } from "@/lib/domain/iati/import/view";
import { negotiateLocale } from "@/lib/platform/i18n/locales";

export const dynamic = "force-dynamic";

/**
 * Uploads an IATI activities file and answers its preview: per activity, new or update and its
 * problems. Nothing but the import is stored until POST /api/v1/iati/import/{id}/confirm.
 */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  const upload = await readIatiUpload(request);
  return Response.json({ data: await importViewIn(await previewIatiImport(ctx, upload), negotiateLocale(request.headers.get("accept-language"))) }, { status: 201 });
});
