// The OpenAPI document at /api/v1/openapi.json against the code it describes: it must be valid
// OpenAPI 3.1, name exactly the route files and methods that exist (so neither can drift), and
// every documented operation must answer one of its documented statuses, never a 500.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/platform/openapi/document";
import { createAgreement, createEvent, createExchange, createInstitution, createOrganisation, createPlan, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

const ROOT = path.resolve(import.meta.dirname, "../..");
const API_DIR = path.join(ROOT, "app", "api", "v1");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const MISSING_ID = "cm00000000000000000000000";

type RouteModule = Record<string, unknown>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const document: OpenApiDocument = buildOpenApiDocument();

/** `/api/v1/programs/{id}` → `app/api/v1/programs/[id]/route.ts`. */
const routeFileOf = (apiPath: string) => path.join(ROOT, "app", apiPath.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");

/** Every route file under app/api/v1, as the path OpenAPI would write for it. */
async function routePaths(): Promise<string[]> {
  const entries = await readdir(API_DIR, { recursive: true });
  return entries
    .filter((entry) => path.basename(entry) === "route.ts")
    .map((entry) => `/api/v1/${path.dirname(entry).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}"))
    .sort();
}

const exportedMethods = (module: RouteModule) => HTTP_METHODS.filter((method) => typeof module[method] === "function");
const importRoute = (apiPath: string) => import(/* @vite-ignore */ routeFileOf(apiPath)) as Promise<RouteModule>;

let admin: Actor;
let adminToken: string;
const ids = {} as { agreement: string; program: string; institution: string; exchange: string; event: string; plan: string };

beforeAll(async () => {
  const db = test.db;
  await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const ministry = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const program = await createProgram(tx, {
      agreementId: agreement.id,
      visibility: "PUBLISHED",
      status: "IMPLEMENTATION",
      reportingOrganisationId: ministry.id,
      participants: { create: [{ organisationId: ministry.id, role: "ACCOUNTABLE" }] },
    });
    const institution = await createInstitution(tx, { agreementId: agreement.id, kind: "MINISTERIAL_COUNCIL", name: "Labour Council" });
    const exchange = await createExchange(tx, { agreementId: agreement.id, fromCountryCode: "MX", kind: "BEST_PRACTICE", date: new Date("2026-01-15"), title: "Inspection guide", isPublic: true });
    const event = await createEvent(tx, { programId: program.id, kind: "WORKSHOP", title: "Workshop", startDate: new Date("2026-01-20") });
    const plan = await createPlan(tx, { kind: "ACTION", title: "Action plan", agreementId: agreement.id, countryCode: "MX", origin: "OTHER", ownerOrganisationId: ministry.id });
    Object.assign(ids, { agreement: agreement.id, program: program.id, institution: institution.id, exchange: exchange.id, event: event.id, plan: plan.id });
  });
  admin = await createActor(db, "ADMIN");
  adminToken = await tokenFor(admin);
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("documents a route file, and a handler in it, for every path and method", async () => {
    const missing: string[] = [];
    for (const [apiPath, item] of Object.entries(document.paths)) {
      const methods = exportedMethods(await importRoute(apiPath).catch(() => ({})));
      for (const method of Object.keys(item)) {
        if (!methods.includes(method.toUpperCase())) missing.push(`${method.toUpperCase()} ${apiPath}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("documents every method of every route file under app/api/v1", async () => {
    const undocumented: string[] = [];
    for (const apiPath of await routePaths()) {
      for (const method of exportedMethods(await importRoute(apiPath))) {
        if (!document.paths[apiPath]?.[method.toLowerCase()]) undocumented.push(`${method} ${apiPath}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});

/** A real record for the path's ids where the test made one, otherwise an id that does not exist. */
function idFor(apiPath: string, name: string): string {
  if (name === "dataset") return "programs";
  if (name !== "id") return MISSING_ID;
  const collection = apiPath.split("/")[3];
  const known: Record<string, string> = {
    agreements: ids.agreement,
    programs: ids.program,
    institutions: ids.institution,
    exchanges: ids.exchange,
    events: ids.event,
    plans: ids.plan,
  };
  return known[collection ?? ""] ?? MISSING_ID;
}

describe("every documented operation", () => {
  it("answers one of its documented statuses and never a 500, for an admin with an empty body", async () => {
    const surprises: string[] = [];
    const seen = new Map<number, number>();
    for (const [apiPath, item] of Object.entries(document.paths)) {
      const route = await importRoute(apiPath);
      const pathParams = Object.fromEntries([...apiPath.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, idFor(apiPath, name!)]));
      const url = apiPath.replace(/\{(\w+)\}/g, (_, name: string) => pathParams[name]!);
      for (const [method, operation] of Object.entries(item)) {
        const verb = method.toUpperCase();
        const body = verb === "POST" || verb === "PATCH" ? {} : undefined;
        const response = await (route[verb] as Handler)(apiRequest(url, { token: adminToken, method: verb, body }), params(pathParams));
        const documented = Object.keys(operation.responses).map(Number);
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        if (response.status === 500 || !documented.includes(response.status)) {
          surprises.push(`${verb} ${url} answered ${response.status} (documented: ${documented.join(", ")}) ${await response.text().catch(() => "")}`.slice(0, 400));
        }
        await response.body?.cancel().catch(() => undefined);
      }
    }
    expect(surprises).toEqual([]);
    // Reads of real records succeed, writes of an empty body are refused on their fields, unknown
    // ids are not found and the upload-only import refuses JSON: the calls reached the handlers.
    expect([...seen.keys()]).toEqual(expect.arrayContaining([200, 400, 404, 415]));
    expect(seen.get(200)).toBeGreaterThan(20);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("answers 200 with the document, cacheable by anyone for a short while", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const response = await GET(apiRequest("/api/v1/openapi.json"), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const served = (await response.json()) as OpenApiDocument;
    expect(served).toEqual(JSON.parse(JSON.stringify(document)));
    expect(served.info).toMatchObject({ title: "Labour Cooperation Tracker API" });
  });

  it("answers in the language of Accept-Language or of ?lang=, with the same paths and names", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const get = async (query: string, language?: string) => {
      const request = apiRequest(`/api/v1/openapi.json${query}`);
      if (language) request.headers.set("accept-language", language);
      const response = await GET(request, undefined);
      expect(response.status).toBe(200);
      expect(response.headers.get("vary")).toMatch(/Accept-Language/i);
      return { language: response.headers.get("content-language"), served: (await response.json()) as OpenApiDocument };
    };
    const spanish = await get("", "es-MX,es;q=0.9,en;q=0.5");
    expect(spanish.language).toBe("es");
    expect(spanish.served.paths["/api/v1/programs"]!.get!.summary).toBe("Listar programas");
    expect(Object.keys(spanish.served.paths)).toEqual(Object.keys(document.paths));
    const french = await get("?lang=fr", "es");
    expect(french.language).toBe("fr");
    expect(french.served.paths["/api/v1/programs"]!.get!.summary).toBe("Lister les programmes");
    expect((await get("?lang=en", "vi")).served).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it("refuses a language it is not written in, on the lang field", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const response = await GET(apiRequest("/api/v1/openapi.json?lang=de"), undefined);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors)).toEqual(["lang"]);
    const spanish = apiRequest("/api/v1/openapi.json?lang=de");
    spanish.headers.set("accept-language", "es");
    const refused = (await (await GET(spanish, undefined)).json()) as { error: { message: string; fieldErrors: Record<string, string[]> } };
    expect(refused.error).toMatchObject({ message: "La API no está descrita en el idioma solicitado.", fieldErrors: { lang: ["Elija un idioma: en, es, fr, vi."] } });
  });
});
