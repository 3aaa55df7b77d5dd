// The OpenAPI document in the reader's language: only its prose changes. Paths, operationIds, tag
// names, parameters, property names and enum values are identical in every language, so a client
// generated from the Spanish document is the client generated from the English one.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/platform/i18n/locales";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/platform/openapi/document";
import { openApiDocumentIn, untranslatedProse } from "@/lib/platform/openapi/localized-document";

const PROSE = new Set(["title", "summary", "description", "x-who", "x-displayName"]);
const DATA = new Set(["enum", "const", "default", "examples", "required"]);

/** The document without its prose (a property's schema is kept whatever its name). */
function identifiers(node: unknown, parent = ""): unknown {
  if (Array.isArray(node)) return node.map((child) => identifiers(child, parent));
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => parent === "properties" || DATA.has(parent) || !(PROSE.has(key) && typeof value === "string"))
      .map(([key, value]) => [key, identifiers(value, parent === "properties" ? "" : key)]),
  );
}

const operationsOf = (document: OpenApiDocument) => Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

/** Every property name and every enum value anywhere in the document, with where they are. */
function namesAndValues(node: unknown, at = "", into: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child, index) => namesAndValues(child, `${at}/${index}`, into));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && value && typeof value === "object") into.push(...Object.keys(value).map((name) => `${at} property ${name}`));
      if (key === "enum" && Array.isArray(value)) into.push(`${at} enum ${value.join("|")}`);
      namesAndValues(value, `${at}/${key}`, into);
    }
  }
  return into;
}

describe("the OpenAPI document in other languages", () => {
  it("is the document built from the code in English: the English messages are the code's own words", async () => {
    expect(await untranslatedProse("en")).toEqual([]);
    expect(await openApiDocumentIn("en")).toEqual(buildOpenApiDocument());
  });

  it("translates every title, summary and description into each language", async () => {
    for (const locale of LOCALES) expect(await untranslatedProse(locale), locale).toEqual([]);
  });

  it("has in Spanish exactly the paths, operationIds, properties and enums of English", async () => {
    const [en, es] = await Promise.all([openApiDocumentIn("en"), openApiDocumentIn("es")]);
    expect(Object.keys(es.paths)).toEqual(Object.keys(en.paths));
    expect(operationsOf(es).map(({ path, method, operation }) => `${method} ${path} ${operation.operationId}`)).toEqual(
      operationsOf(en).map(({ path, method, operation }) => `${method} ${path} ${operation.operationId}`),
    );
    expect(namesAndValues(es)).toEqual(namesAndValues(en));
    expect(namesAndValues(en).filter((entry) => entry.includes(" enum ")).length).toBeGreaterThan(20);
    expect(es.tags.map((tag) => tag.name)).toEqual(en.tags.map((tag) => tag.name));
    // And nothing else but the prose differs, anywhere.
    expect(identifiers(es)).toEqual(identifiers(en));
    for (const locale of LOCALES) expect(identifiers(await openApiDocumentIn(locale)), locale).toEqual(identifiers(en));
  });

  it("has different descriptions in Spanish", async () => {
    const [en, es] = await Promise.all([openApiDocumentIn("en"), openApiDocumentIn("es")]);
    const english = operationsOf(en);
    const spanish = operationsOf(es);
    const differ = (part: "summary" | "description") => spanish.filter(({ operation }, index) => operation[part] !== english[index]!.operation[part]).length;
    expect(differ("description")).toBe(english.length);
    expect(differ("summary")).toBeGreaterThan(english.length * 0.9);
    const list = es.paths["/api/v1/programs"]!.get!;
    expect(list.summary).toBe("Listar programas");
    expect(list.description).toMatch(/^Quién puede llamarlo: /);
    expect(es.info.description).not.toBe(en.info.description);
    expect(es.components.responses.NotFound).not.toEqual(en.components.responses.NotFound);
    expect(es.tags.find((tag) => tag.name === "Programs")).toMatchObject({ name: "Programs", "x-displayName": "Programas" });
  });

  it("is valid OpenAPI 3.1 in every language", { timeout: 60_000 }, async () => {
    for (const locale of LOCALES) {
      const result = await new Validator().validate(structuredClone(await openApiDocumentIn(locale)) as Record<string, unknown>);
      expect(result.errors, locale).toBeUndefined();
    }
  });
});
