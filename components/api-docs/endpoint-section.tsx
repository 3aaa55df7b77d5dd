import { getTranslations } from "@/lib/platform/i18n/server";
import { fieldRows, resolveSchema, type FieldRow } from "@/lib/platform/openapi/describe";
import type { OpenApiDocument, OpenApiOperation } from "@/lib/platform/openapi/document";
import type { JsonSchema } from "@/lib/platform/openapi/json-schema";
import { FieldTable } from "./field-table";

type Props = { method: string; path: string; operation: OpenApiOperation; components: OpenApiDocument["components"] };

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema };

/** One endpoint of the /api-docs page: what it does, who may call it, its parameters, body and answers. */
export async function EndpointSection({ method, path, operation, components }: Props) {
  const t = await getTranslations("ApiDocs");
  const heading = `${method.toUpperCase()} ${path}`;
  const query = ((operation.parameters ?? []) as Parameter[])
    .filter((parameter) => parameter.in === "query")
    .map((parameter): FieldRow => ({
      name: parameter.name,
      type: fieldRows({ properties: { [parameter.name]: parameter.schema ?? {} } })[0]!.type,
      required: parameter.required ? "yes" : "no",
      description: parameter.description,
    }));
  const bodies = Object.entries(operation.requestBody?.content ?? {}).flatMap(([contentType, { schema }]) => {
    const resolved = resolveSchema(schema, components.schemas);
    return resolved ? [{ contentType, rows: fieldRows(resolved) }] : [];
  });
  const responses = Object.entries(operation.responses).map(([status, response]) => {
    const { $ref, description } = response as { $ref?: string; description?: string };
    const shared = $ref ? components.responses[$ref.replace(/^#\/components\/responses\//, "")] : undefined;
    return { status, description: description ?? shared?.description ?? "" };
  });

  return (
    <section aria-labelledby={operation.operationId} className="card">
      <h3 id={operation.operationId}>
        <code>{heading}</code>
      </h3>
      <p>{operation.summary}</p>
      <dl className="facts">
        <dt>{t("who")}</dt>
        <dd>{operation["x-who"]}</dd>
      </dl>
      <p className="muted">{operation.description.replace(`Who: ${operation["x-who"]}.`, "").trim()}</p>
      {query.length > 0 && <FieldTable caption={t("queryCaption", { operation: heading })} rows={query} />}
      {bodies.map((body) => (
        <FieldTable key={body.contentType} caption={t("bodyCaption", { operation: heading, contentType: body.contentType })} rows={body.rows} />
      ))}
      <h4>{t("responses")}</h4>
      <ul>
        {responses.map((response) => (
          <li key={response.status}>
            <code>{response.status}</code> {response.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
