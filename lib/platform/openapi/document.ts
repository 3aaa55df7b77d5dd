import packageJson from "@/package.json";
import { ZPageQuery } from "@/lib/platform/api/pagination";
import { ERROR_RESPONSES, SHARED_COMPONENTS } from "./components";
import { inputJsonSchema, type JsonSchema, queryParameters } from "./json-schema";
import { API_ENDPOINTS, API_TAGS } from "./registry";
import { englishWhoLine } from "./translate-document";
import type { Access, ApiEndpoint, NamedSchema, SuccessResponse } from "./types";

export type OpenApiOperation = {
  tags: string[];
  summary: string;
  description: string;
  operationId: string;
  "x-who": string;
  security: Record<string, string[]>[];
  parameters?: Record<string, unknown>[];
  requestBody?: { required: boolean; content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, unknown>;
};

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  /** Each tag's name (an identifier, in English) and `x-displayName`, the name shown to readers. */
  tags: { name: string; "x-displayName": string; description: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: typeof SHARED_COMPONENTS & { schemas: Record<string, unknown> };
};

const SIGNED_IN: Record<string, string[]>[] = [{ bearerToken: [] }, { sessionCookie: [] }];
const SECURITY: Record<Access, Record<string, string[]>[]> = {
  public: [],
  // `{}` first: no credentials at all is fine too.
  optional: [{}, ...SIGNED_IN],
  required: SIGNED_IN,
};

const PARAM_NOTES: Record<string, string> = {
  id: "The record's id.",
  documentId: "The document's id.",
  participantId: "The participant's id.",
  budgetId: "The budget line's id.",
  transactionId: "The transaction's id.",
  indicatorId: "The indicator's id.",
  periodId: "The period's id.",
  meetingId: "The meeting's id.",
  followUpId: "The follow-up's id.",
};

/** `GET /api/v1/programs/{id}/budgets` → `getProgramsByIdBudgets`. */
function operationId(endpoint: ApiEndpoint): string {
  const words = endpoint.path
    .replace(/^\/api\/v1\//, "")
    .split(/[/.-]/)
    .map((part) => part.replace(/^\{(\w+)\}$/, "by-$1"))
    .flatMap((part) => part.split("-"))
    .filter(Boolean);
  return endpoint.method.toLowerCase() + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
}

function pathParameters(endpoint: ApiEndpoint) {
  const declared = new Map((endpoint.pathParams ? queryParameters(endpoint.pathParams) : []).map((parameter) => [parameter.name, parameter]));
  return [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name: name!,
    in: "path" as const,
    required: true,
    description: declared.get(name!)?.description ?? PARAM_NOTES[name!] ?? "An id.",
    schema: declared.get(name!)?.schema ?? { type: "string" },
  }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function successResponses(endpoint: ApiEndpoint, success: SuccessResponse): Record<string, unknown> {
  const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
  switch (success.kind) {
    case "object":
      return Object.fromEntries((success.statuses ?? [200]).map((status) => [String(status), { description: success.description, ...json(ref("DataEnvelope")) }]));
    case "list": {
      const envelope = endpoint.paged ? ref("PageEnvelope") : ref("ListEnvelope");
      const total = { total: { type: ["integer", "null"], description: "The number of matches (null when not counted)." } };
      const capped = {
        total: { type: ["integer", "null"], description: "The number of matches, up to the limit of the count (null when not counted)." },
        totalCapped: { type: "boolean", description: "True when more programs match than the count goes to: `total` is then the limit." },
      };
      const schema =
        success.total === "capped"
          ? { allOf: [envelope], required: ["total", "totalCapped"], properties: capped }
          : success.total
            ? { allOf: [envelope], required: ["total"], properties: total }
            : envelope;
      return { "200": { description: success.description, ...json(schema) } };
    }
    case "empty":
      return { "204": { description: success.description } };
    case "file":
      return {
        "200": {
          description: success.description,
          headers: { "Content-Disposition": { description: "`attachment` with the file's name.", schema: { type: "string" } } },
          content: Object.fromEntries(success.contentTypes.map((type) => [type, { schema: { type: "string", contentMediaType: type } }])),
        },
      };
    case "raw":
      return { "200": { description: success.description, ...json({ type: "object" }) } };
  }
}

function operation(endpoint: ApiEndpoint, schemas: Map<string, NamedSchema>): OpenApiOperation {
  const register = (named: NamedSchema) => {
    const known = schemas.get(named.name);
    if (known && known.schema !== named.schema) throw new Error(`Two different schemas are named ${named.name} in the API registry.`);
    schemas.set(named.name, named);
    return ref(named.name);
  };
  const parameters = [
    ...pathParameters(endpoint),
    ...(endpoint.query ? queryParameters(endpoint.query) : []),
    ...(endpoint.paged ? queryParameters(ZPageQuery) : []),
  ];
  const content: Record<string, { schema: { $ref: string } }> = {};
  if (endpoint.body?.json) content["application/json"] = { schema: register(endpoint.body.json) };
  if (endpoint.body?.multipart) content["multipart/form-data"] = { schema: register(endpoint.body.multipart) };
  // A write that a session may make can be refused as cross-site (lib/platform/api/same-origin.ts), whatever
  // the role may do: 403 is listed for every one of them.
  const crossSite = endpoint.method !== "GET" && endpoint.access !== "public" ? [403 as const] : [];
  const statuses = [...new Set([...endpoint.errors, ...crossSite])].sort((a, b) => a - b);
  const errors = [...statuses, 429 as const, 500 as const, 503 as const].map((status) => [String(status), { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` }]);
  return {
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: [englishWhoLine(endpoint.who), endpoint.description].filter(Boolean).join(" "),
    operationId: operationId(endpoint),
    "x-who": endpoint.who,
    security: SECURITY[endpoint.access],
    ...(parameters.length && { parameters }),
    ...(endpoint.body && { requestBody: { required: true, content } }),
    responses: { ...successResponses(endpoint, endpoint.success), ...Object.fromEntries(errors) },
  };
}

const INTRO = [
  "JSON in and out; authenticate with a personal API token (`Authorization: Bearer lct_…`) or the web app's session cookie.",
  "Lists answer `{data, page: {limit, nextCursor}}` and take `limit` (1–100, default 25) and `cursor`.",
  "Every failure answers `{error: {code, message, fieldErrors?, stale?}}`. Updates send the record's `version`; a stale one is 409 STALE_VERSION.",
  "A write made with the session cookie must come from the app's own pages (its `Origin`, else `Sec-Fetch-Site: same-origin`, else its `Referer`); from another site, or saying none of them, it is 403 FORBIDDEN. Other programs send a token.",
  "Requests are limited per API token, signed-in user or (without either) address, and exports and imports have a lower limit: answers carry `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`, and one over the limit is 429 RATE_LIMITED with `Retry-After`.",
  "Money is a decimal string beside its currency; dates are ISO 8601.",
].join(" ");

/** The OpenAPI 3.1 document of /api/v1, built from the endpoint registry and the zod schemas it names. */
export function buildOpenApiDocument(endpoints: readonly ApiEndpoint[] = API_ENDPOINTS): OpenApiDocument {
  const schemas = new Map<string, NamedSchema>();
  const paths: OpenApiDocument["paths"] = {};
  for (const endpoint of endpoints) {
    const item = (paths[endpoint.path] ??= {});
    const method = endpoint.method.toLowerCase();
    if (item[method]) throw new Error(`${endpoint.method} ${endpoint.path} is in the API registry twice.`);
    item[method] = operation(endpoint, schemas);
  }
  const requestSchemas: Record<string, JsonSchema> = Object.fromEntries(
    [...schemas.values()].sort((a, b) => a.name.localeCompare(b.name)).map(({ name, schema }) => [name, inputJsonSchema(schema)]),
  );
  return {
    openapi: "3.1.0",
    info: { title: "Labour Cooperation Tracker API", version: packageJson.version, description: INTRO },
    servers: [{ url: "/" }],
    tags: API_TAGS.filter((tag) => endpoints.some((endpoint) => endpoint.tag === tag.name)).map((tag) => ({ name: tag.name, "x-displayName": tag.name, description: tag.description })),
    security: SIGNED_IN,
    paths,
    components: { ...SHARED_COMPONENTS, schemas: { ...SHARED_COMPONENTS.schemas, ...requestSchemas } },
  };
}

let cached: OpenApiDocument | undefined;

/** The document for this build of the app; it only changes with the code, so it is built once. */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
