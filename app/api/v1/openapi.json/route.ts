import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { apiRoute } from "@/lib/platform/api/respond";
import { AppError } from "@/lib/platform/errors/app-error";
import { availableLocales } from "@/lib/platform/i18n/load-messages";
import { problem } from "@/lib/platform/i18n/problem";
import { negotiateLocale } from "@/lib/platform/i18n/locales";
import { ZOpenApiQuery } from "@/lib/platform/openapi/doc-schemas";
import { openApiDocumentIn } from "@/lib/platform/openapi/localized-document";

/**
 * The OpenAPI 3.1 description of /api/v1, its prose in the language of `lang` or else of
 * Accept-Language: the same for every caller asking for that language, so shared caches may keep
 * it a while (one copy per language).
 */
export const GET = apiRoute(async (request: Request) => {
  const query = ZOpenApiQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("INVALID_INPUT", problem("ApiReferenceProblem.invalid"), { fieldErrors: fieldErrorsOf(query.error) });
  const locale = query.data.lang ?? negotiateLocale(request.headers.get("accept-language"), await availableLocales());
  return Response.json(await openApiDocumentIn(locale), {
    headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=3600", "Content-Language": locale, Vary: "Accept-Language" },
  });
});
