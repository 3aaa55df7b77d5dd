import type { Metadata } from "next";
import type { OpenApiOperation } from "@/lib/platform/openapi/document";
import { getTranslations } from "@/lib/platform/i18n/server";
import { EndpointSection } from "@/components/api-docs/endpoint-section";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { openApiDocumentIn } from "@/lib/platform/openapi/localized-document";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ApiDocs"))("title") };
}

const OPENAPI_URL = "/api/v1/openapi.json";

const tagAnchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/**
 * The API reference, rendered from the same OpenAPI document machines read at /api/v1/openapi.json,
 * in the reader's language (its paths, fields and values are the same in every language).
 */
export default async function ApiDocsPage() {
  const locale = await requestLocale();
  const t = await getTranslations("ApiDocs");
  const reference = await getTranslations("ApiReference");
  const document = await openApiDocumentIn(locale);
  // Who may call an operation is shown on its own: its description is given without that line.
  const withoutWho = (operation: OpenApiOperation) => ({ ...operation, description: operation.description.replace(reference("whoLine", { who: operation["x-who"] }), "").trim() });
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation: withoutWho(operation) })));
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <a href={`${OPENAPI_URL}?lang=${locale}`}>{t("openapiLink")}</a> · {t("version", { version: document.info.version })}
      </p>

      <section aria-labelledby="conventions">
        <h2 id="conventions">{t("conventions")}</h2>
        <h3>{t("authHeading")}</h3>
        <p>{t.rich("auth", { code })}</p>
        <h3>{t("pagingHeading")}</h3>
        <p>{t.rich("paging", { code })}</p>
        <h3>{t("errorsHeading")}</h3>
        <p>{t.rich("errors", { code })}</p>
        <h3>{t("versionsHeading")}</h3>
        <p>{t.rich("versions", { code })}</p>
      </section>

      <nav aria-labelledby="contents">
        <h2 id="contents">{t("contents")}</h2>
        <ul>
          {document.tags.map((tag) => (
            <li key={tag.name}>
              <a href={`#${tagAnchor(tag.name)}`}>{tag["x-displayName"]}</a>
            </li>
          ))}
        </ul>
      </nav>

      {document.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={tagAnchor(tag.name)}>
          <h2 id={tagAnchor(tag.name)}>{tag["x-displayName"]}</h2>
          <p>{tag.description}</p>
          {operations
            .filter(({ operation }) => operation.tags.includes(tag.name))
            .map(({ path, method, operation }) => (
              <EndpointSection key={operation.operationId} method={method} path={path} operation={operation} components={document.components} />
            ))}
        </section>
      ))}
    </>
  );
}
