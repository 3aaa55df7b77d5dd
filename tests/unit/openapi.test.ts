import { describe, expect, it } from "vitest";
import { ZPageQuery } from "@/lib/platform/api/pagination";
import { ZProgramPatchDocument } from "@/lib/platform/openapi/doc-schemas";
import { fieldRows, typeLabel } from "@/lib/platform/openapi/describe";
import { buildOpenApiDocument } from "@/lib/platform/openapi/document";
import { inputJsonSchema, queryParameters } from "@/lib/platform/openapi/json-schema";
import { API_ENDPOINTS } from "@/lib/platform/openapi/registry";
import { ZExchangeRate } from "@/lib/domain/funding/exchange-rate-schemas";
import { ZCreateBudget, ZCreateTransaction, ZUpdateTransaction } from "@/lib/domain/funding/schemas";
import { ZCreateProgram, ZProgramPatch } from "@/lib/domain/programs/schemas";

describe("zod schemas as JSON Schema", () => {
  it("describes the paging parameters as clients send them", () => {
    expect(queryParameters(ZPageQuery)).toEqual([
      { name: "limit", in: "query", required: false, description: expect.stringMatching(/1 to 100/), schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
      { name: "cursor", in: "query", required: false, description: expect.any(String), schema: { type: "string", maxLength: 200, pattern: "^[A-Za-z0-9_-]+$" } },
    ]);
  });

  it("describes the input side of a transform (a rate as a string or a number), not its output", () => {
    const json = inputJsonSchema(ZExchangeRate);
    expect(json.properties?.rate).toMatchObject({ type: ["string", "number"] });
    expect(json.required).toEqual(["currencyCode", "quoteCurrencyCode", "rate", "validOn"]);
    expect(json).not.toHaveProperty("$schema");
  });

  it("publishes a transaction's amount as one that may be negative, a correction, and a budget's as one that may not", () => {
    for (const schema of [ZCreateTransaction, ZUpdateTransaction]) {
      const amount = inputJsonSchema(schema).properties?.amount;
      expect(amount?.description).toMatch(/a correction is negative, such as "-1250\.50"/);
      const pattern = new RegExp(String(amount?.pattern));
      expect(["-1250.50", "1250.50", "-0.0001"].every((value) => pattern.test(value))).toBe(true);
      expect(["--1", "+1", "1.23456", "N/A"].some((value) => pattern.test(value))).toBe(false);
    }
    expect(inputJsonSchema(ZCreateBudget).properties?.amount?.description).not.toMatch(/negative/);
  });

  it("keeps a program's type-dependent details: each type's branch requires its own", () => {
    const rows = fieldRows(inputJsonSchema(ZCreateProgram));
    const row = (name: string) => rows.find((candidate) => candidate.name === name);
    expect(row("title")?.required).toBe("yes");
    expect(row("funderId")?.required).toBe("depends");
    expect(row("summary")?.required).toBe("no");
    expect(row("fundingAmount")?.type).toBe("string or number");
  });

  it("documents exactly the keys a program PATCH accepts, with version required", () => {
    // The PATCH schema names the reporting organisation only to refuse it with its own message.
    const accepted = Object.keys(ZProgramPatch.shape).filter((key) => key !== "reportingOrganisationId");
    expect(Object.keys(ZProgramPatchDocument.shape).sort()).toEqual(accepted.sort());
    expect(ZProgramPatch.safeParse({ reportingOrganisationId: "someone-else" }).success).toBe(false);
    const json = inputJsonSchema(ZProgramPatchDocument);
    expect(json.required).toEqual(["version"]);
    expect(json.additionalProperties).toBe(false);
    expect(json.properties?.currencyCode).toMatchObject({ type: "string", pattern: "^[A-Z]{3}$" });
  });
});

describe("typeLabel", () => {
  it("reads enums, arrays, ranges, unions and files", () => {
    expect(typeLabel({ type: "string", enum: ["A", "B"] })).toBe("one of: A, B");
    expect(typeLabel({ type: "array", items: { type: "string" } })).toBe("array of string");
    expect(typeLabel({ type: "integer", minimum: 1, maximum: 100 })).toBe("integer (1–100)");
    expect(typeLabel({ anyOf: [{ type: "boolean" }, { type: "string", const: "on" }] })).toBe('boolean or "on"');
    expect(typeLabel({ type: "string", format: "binary" })).toBe("file");
    expect(typeLabel({})).toBe("any");
  });
});

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("gives every operation a unique operationId and a parameter for each path placeholder", () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.values(item).map((operation) => ({ path, operation })));
    expect(operations).toHaveLength(API_ENDPOINTS.length);
    expect(new Set(operations.map(({ operation }) => operation.operationId)).size).toBe(operations.length);
    for (const { path, operation } of operations) {
      const placeholders = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
      const inPath = (operation.parameters ?? []).filter((parameter) => parameter.in === "path").map((parameter) => parameter.name);
      expect(inPath, path).toEqual(placeholders);
    }
  });

  it("points every $ref at a component that exists", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(100);
    for (const [, section, name] of refs) {
      expect((document.components as Record<string, Record<string, unknown>>)[section!]?.[name!], `${section}/${name}`).toBeDefined();
    }
  });

  it("pages every paged list with limit and cursor and answers {data, page}", () => {
    for (const endpoint of API_ENDPOINTS.filter((candidate) => candidate.paged)) {
      const operation = document.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      const names = (operation.parameters ?? []).map((parameter) => parameter.name);
      expect(names, endpoint.path).toEqual(expect.arrayContaining(["limit", "cursor"]));
      expect(JSON.stringify(operation.responses["200"]), endpoint.path).toContain("#/components/schemas/PageEnvelope");
    }
  });

  it("lists 503 UNAVAILABLE with its Retry-After header on every operation", () => {
    const unavailable = (document.components as { responses: Record<string, { headers?: Record<string, unknown> }> }).responses.Unavailable;
    expect(unavailable?.headers).toHaveProperty("Retry-After");
    for (const [path, item] of Object.entries(document.paths)) {
      for (const operation of Object.values(item)) {
        expect(operation.responses["503"], `${path} ${operation.operationId}`).toEqual({ $ref: "#/components/responses/Unavailable" });
      }
    }
  });
});
