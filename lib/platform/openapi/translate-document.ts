import type { OpenApiDocument, OpenApiOperation } from "./document";

// The OpenAPI document's prose in another language. The document is built in English from the
// registry and the zod schemas; this walks it and replaces every title, summary and description,
// and nothing else: paths, operationIds, tag names, property names, enum values and every other
// identifier stay exactly as they are, so a client generated from any language is the same client.

/** Where a text is, which decides the messages it is looked up in (`ApiReference.<section>`). */
export type Section = "info" | "tags" | "security" | "errors" | "schemas" | "fields" | "responses";
export type OperationPart = "summary" | "description" | "who" | "success";

/** The prose of one language; `hint` names the text's place, for a catalog being written. */
export type Prose = {
  text(section: Section, hint: string, english: string): string;
  operation(operationId: string, part: OperationPart, english: string): string;
  /** "Who: {who}." in the language, `who` already translated. */
  whoLine(who: string): string;
};

/** The English line an operation's description starts with. */
export const englishWhoLine = (who: string) => `Who: ${who}.`;

/** Keys under which a string is data, never prose. */
const DATA_KEYS = new Set(["enum", "const", "default", "examples", "required"]);

/**
 * Replaces the `title` and `description` strings of a part of a schema or response and of every
 * object below, each named after the property or header it describes (for a catalog's keys).
 */
function translateProse(node: unknown, section: Section, hint: string, prose: Prose): void {
  if (Array.isArray(node)) return node.forEach((child) => translateProse(child, section, hint, prose));
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  for (const key of ["title", "description"]) {
    if (typeof record[key] === "string") record[key] = prose.text(section, hint, record[key]);
  }
  for (const [key, child] of Object.entries(record)) {
    if (DATA_KEYS.has(key) || !child || typeof child !== "object") continue;
    // A property's schema (whose own name may be "description") and a header are named by their key.
    if (key === "properties" || key === "headers") {
      for (const [name, part] of Object.entries(child)) translateProse(part, section === "schemas" ? "fields" : section, name, prose);
    } else translateProse(child, section, hint, prose);
  }
}

function translateOperation(operation: OpenApiOperation, prose: Prose): OpenApiOperation {
  const id = operation.operationId;
  const englishWho = operation["x-who"];
  const prefix = englishWhoLine(englishWho);
  const rest = operation.description.startsWith(prefix) ? operation.description.slice(prefix.length).trim() : operation.description;
  const who = prose.operation(id, "who", englishWho);
  const responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => {
      const { description, ...details } = response as { description?: string };
      translateProse(details, "responses", status, prose);
      if (description === undefined) return [status, details];
      return [status, { description: /^2/.test(status) ? prose.operation(id, "success", description) : prose.text("responses", status, description), ...details }];
    }),
  );
  (operation.parameters ?? []).forEach((parameter) => {
    if (typeof parameter.description === "string") parameter.description = prose.text("fields", String(parameter.name), parameter.description);
    translateProse(parameter.schema, "fields", String(parameter.name), prose);
  });
  return {
    ...operation,
    summary: prose.operation(id, "summary", operation.summary),
    description: [prose.whoLine(who), rest && prose.operation(id, "description", rest)].filter(Boolean).join(" "),
    "x-who": who,
    responses,
  };
}

const tagKey = (name: string) => name.replace(/[^A-Za-z]/g, "");

/**
 * The document with its prose in `prose`'s language. Each tag keeps its name (operations refer to
 * it); its `x-displayName`, the name documentation tools show, is translated.
 */
export function translateDocument(english: OpenApiDocument, prose: Prose): OpenApiDocument {
  const document = structuredClone(english);
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [path, Object.fromEntries(Object.entries(item).map(([method, operation]) => [method, translateOperation(operation, prose)]))]),
  );
  const { securitySchemes, responses, schemas } = document.components;
  for (const [name, scheme] of Object.entries(securitySchemes)) translateProse(scheme, "security", name, prose);
  for (const [name, response] of Object.entries(responses)) translateProse(response, "errors", name, prose);
  for (const [name, schema] of Object.entries(schemas)) translateProse(schema, "schemas", name, prose);
  return {
    ...document,
    info: { ...document.info, title: prose.text("info", "title", document.info.title), description: prose.text("info", "description", document.info.description) },
    tags: document.tags.map((tag) => ({
      name: tag.name,
      "x-displayName": prose.text("tags", `${tagKey(tag.name)}.name`, tag["x-displayName"]),
      description: prose.text("tags", `${tagKey(tag.name)}.description`, tag.description),
    })),
    paths,
  };
}
