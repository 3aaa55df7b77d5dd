// The program list through /api/v1/programs and its CSV export: filters, full-text search, sorting
// and paging in SQL, and the SQL read scope kept equal to the Prisma one.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, Viewer } from "@/lib/platform/authz";
import { programReadWhere } from "@/lib/platform/authz";
import { programReadSql } from "@/lib/platform/authz/sql";
import { Prisma } from "@/lib/platform/db/generated/client";
import { listBeneficiaryCountries } from "@/lib/domain/programs/list-beneficiary-countries";
import { PROGRAM_COUNT_LIMIT } from "@/lib/domain/programs/program-id-page";
import { PROGRAM_SEARCH_DOCUMENT } from "@/lib/domain/programs/program-search";
import { createAgreement, createOrganisation, createProgram, createPrograms } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listRoute } = await import("@/app/api/v1/programs/route");
const { GET: csvRoute } = await import("@/app/api/v1/programs.csv/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govCl" | "cso" | "analyst" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const ids = {} as Record<"usmca" | "chile" | "union" | "ilo", string>;

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => {
    const usmca = await createAgreement(tx, { parties: ["MX", "US"] });
    const chile = await createAgreement(tx, { parties: ["CL", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const mintrab = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "CL" });
    const union = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" });
    const ilo = await createOrganisation(tx, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null });
    const program = (data: Parameters<typeof createProgram>[1], participants: { organisationId: string; role: "ACCOUNTABLE" | "IMPLEMENTER" | "MONITOR" }[]) =>
      createProgram(tx, { ...data, participants: { create: participants } });
    await program(
      {
        agreementId: usmca.id,
        title: "Labour inspection modernisation",
        summary: "Training inspectors in risk-based inspection.",
        type: "TECHNICAL_COOPERATION",
        status: "IMPLEMENTATION",
        topics: ["LABOUR_INSPECTION"],
        beneficiaries: ["MX"],
        plannedStart: new Date("2024-01-01"),
        plannedEnd: new Date("2026-12-31"),
        visibility: "PUBLISHED",
      },
      [{ organisationId: stps.id, role: "ACCOUNTABLE" }, { organisationId: ilo.id, role: "IMPLEMENTER" }],
    );
    await program(
      {
        agreementId: usmca.id,
        title: "Child labour survey",
        objectives: "Measure child labour in agriculture.",
        type: "JOINT_RESEARCH",
        status: "PIPELINE",
        topics: ["CHILD_LABOUR"],
        beneficiaries: ["MX"],
        plannedStart: new Date("2027-03-01"),
        visibility: "DRAFT",
      },
      [{ organisationId: stps.id, role: "ACCOUNTABLE" }, { organisationId: union.id, role: "MONITOR" }],
    );
    await program(
      {
        agreementId: chile.id,
        title: "Collective bargaining dialogue",
        summary: "Exchanges on collective bargaining and freedom of association.",
        type: "INFORMATION_SHARING",
        status: "CLOSED",
        topics: ["FREEDOM_OF_ASSOCIATION", "SOCIAL_DIALOGUE"],
        beneficiaries: ["CL"],
        actualStart: new Date("2019-05-01"),
        actualEnd: new Date("2021-06-30"),
        visibility: "PUBLISHED",
      },
      [{ organisationId: mintrab.id, role: "ACCOUNTABLE" }],
    );
    await program(
      { agreementId: chile.id, title: "Chilean draft", type: "TECHNICAL_COOPERATION", status: "PIPELINE", visibility: "DRAFT" },
      [{ organisationId: mintrab.id, role: "ACCOUNTABLE" }],
    );
    // A title that tries to be a formula in a spreadsheet.
    await program({ agreementId: chile.id, title: "=HYPERLINK(\"http://evil.test\")", type: "TECHNICAL_COOPERATION", visibility: "PUBLISHED" }, [
      { organisationId: mintrab.id, role: "ACCOUNTABLE" },
    ]);
    return { usmca, chile, stps, mintrab, union, ilo };
  });
  Object.assign(ids, { usmca: setup.usmca.id, chile: setup.chile.id, union: setup.union.id, ilo: setup.ilo.id });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govCl = await createActor(db, "GOVERNMENT", { organisationId: setup.mintrab.id });
  actors.cso = await createActor(db, "CIVIL_SOCIETY", { organisationId: setup.union.id });
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

type ListBody = { data: { title: string }[]; page: { nextCursor: string | null; limit: number }; total: number | null; totalCapped: boolean };

async function list(query: string, token?: string): Promise<ListBody> {
  const response = await listRoute(apiRequest(`/api/v1/programs?${query}`, { token }), params({}));
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ListBody;
}

const titles = async (query: string, token?: string) => (await list(query, token)).data.map((program) => program.title);

async function csv(query: string, token?: string) {
  const response = await csvRoute(apiRequest(`/api/v1/programs.csv?${query}`, { token }), params({}));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="programs-\d{4}-\d{2}-\d{2}\.csv"$/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes), { columns: true }) as Record<string, string>[];
}

describe("filters", () => {
  it.each([
    ["agreement", () => `agreement=${ids.usmca}`, ["Labour inspection modernisation", "Child labour survey"]],
    ["type", () => "type=JOINT_RESEARCH", ["Child labour survey"]],
    ["status", () => "status=CLOSED", ["Collective bargaining dialogue"]],
    ["beneficiary country", () => "country=cl", ["Collective bargaining dialogue"]],
    ["topic", () => "topic=SOCIAL_DIALOGUE", ["Collective bargaining dialogue"]],
    ["organisation", () => `organisation=${ids.ilo}`, ["Labour inspection modernisation"]],
    ["year, by actual dates", () => "year=2020", ["Collective bargaining dialogue"]],
    ["year, by planned dates", () => "year=2025", ["Labour inspection modernisation"]],
    ["visibility", () => "visibility=DRAFT", ["Child labour survey", "Chilean draft"]],
    ["two filters together", () => `agreement=${ids.usmca}&status=PIPELINE`, ["Child labour survey"]],
  ])("by %s", async (_label, query, expected) => {
    expect((await titles(`${query()}&sort=title`, tokens.admin)).sort()).toEqual([...expected].sort());
  });

  it("offers as countries those that benefit from some program, and the one chosen", async () => {
    expect((await listBeneficiaryCountries()).map((country) => country.code)).toEqual(["CL", "MX"]);
    expect((await listBeneficiaryCountries("BR")).map((country) => country.name)).toEqual(["Brazil", "Chile", "Mexico"]);
  });

  it("treats an empty filter as no filter", async () => {
    expect(await titles("type=&status=&q=", tokens.admin)).toHaveLength(5);
  });

  it.each([
    ["type=LOBBYING", "type"],
    ["status=DONE", "status"],
    ["year=nineteen", "year"],
    ["country=Mexico", "country"],
    ["sort=cost", "sort"],
    ["q=" + "x".repeat(201), "q"],
  ])("refuses %s with a field error", async (query, field) => {
    const response = await listRoute(apiRequest(`/api/v1/programs?${query}`, { token: tokens.admin }), params({}));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(Object.keys(body.error.fieldErrors)).toEqual([field]);
  });
});

describe("full-text search", () => {
  it("finds words in the title, summary and objectives, by prefix, in any case", async () => {
    expect(await titles("q=INSPECT", tokens.admin)).toEqual(["Labour inspection modernisation"]);
    expect(await titles("q=agriculture", tokens.admin)).toEqual(["Child labour survey"]);
    expect(await titles("q=freedom association", tokens.admin)).toEqual(["Collective bargaining dialogue"]);
    expect((await titles("q=labour", tokens.admin)).sort()).toEqual(["Child labour survey", "Labour inspection modernisation"]);
  });

  it("treats query syntax as plain words and finds nothing for punctuation alone", async () => {
    expect(await titles("q=" + encodeURIComponent("inspect:* | !child & ("), tokens.admin)).toEqual([]);
    expect(await titles("q=" + encodeURIComponent("&|!():*"), tokens.admin)).toEqual([]);
    expect(await titles("q=" + encodeURIComponent("inspection'); DROP TABLE x; --"), tokens.admin)).toEqual([]);
  });

  it("can use the GIN index on the search document", async () => {
    const plan = await test.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN SELECT "id" FROM "CooperationProgram" WHERE ${PROGRAM_SEARCH_DOCUMENT} @@ to_tsquery('simple'::regconfig, 'inspect:*')`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("CooperationProgram_search_idx");
  });
});

describe("sorting and paging", () => {
  it("sorts by title, start date and last change", async () => {
    expect(await titles("sort=title", tokens.admin)).toEqual([
      "=HYPERLINK(\"http://evil.test\")",
      "Child labour survey",
      "Chilean draft",
      "Collective bargaining dialogue",
      "Labour inspection modernisation",
    ]);
    expect((await titles("sort=start", tokens.admin)).slice(0, 3)).toEqual(["Child labour survey", "Labour inspection modernisation", "Collective bargaining dialogue"]);
  });

  it("pages with a cursor until the end, without repeats or gaps, and counts the whole list", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListBody = await list(`sort=title&limit=2${cursor ? `&cursor=${cursor}` : ""}`, tokens.admin);
      expect(page).toMatchObject({ total: 5, totalCapped: false });
      seen.push(...page.data.map((program) => program.title));
      cursor = page.page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(await titles("sort=title&limit=100", tokens.admin));
  });
});

describe("scope", () => {
  const viewers: [string, () => Viewer][] = [
    ["anonymous", () => null],
    ["gov.mx", () => actors.govMx],
    ["gov.cl", () => actors.govCl],
    ["a civil-society participant", () => actors.cso],
    ["an analyst", () => actors.analyst],
    ["an administrator", () => actors.admin],
  ];

  it.each(viewers)("the SQL scope for %s selects exactly what the Prisma scope does", async (_label, viewer) => {
    const byPrisma = await test.db.cooperationProgram.findMany({ where: programReadWhere(viewer()), select: { id: true } });
    const bySql = await test.db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT p."id" FROM "CooperationProgram" p WHERE ${programReadSql(viewer())}`);
    expect(bySql.map((row) => row.id).sort()).toEqual(byPrisma.map((row) => row.id).sort());
  });

  it("shows drafts only within the viewer's scope", async () => {
    expect((await titles("sort=title")).sort()).toEqual(["=HYPERLINK(\"http://evil.test\")", "Collective bargaining dialogue", "Labour inspection modernisation"].sort());
    expect(await titles("visibility=DRAFT", tokens.govMx)).toEqual(["Child labour survey"]);
    expect(await titles("visibility=DRAFT", tokens.govCl)).toEqual(["Chilean draft"]);
    expect(await titles("visibility=DRAFT", tokens.cso)).toEqual(["Child labour survey"]);
  });
});

describe("CSV export", () => {
  it("exports exactly the filtered list, in the list's order", async () => {
    for (const query of ["sort=title", `agreement=${ids.usmca}&sort=title`, "q=labour&sort=relevance", "status=CLOSED"]) {
      const rows = await csv(query, tokens.admin);
      const listed = (await list(`${query}&limit=100`, tokens.admin)).data as unknown as { identifier: string }[];
      expect(rows.map((row) => row.identifier)).toEqual(listed.map((program) => program.identifier));
    }
  });

  it("writes the participants and codes of each program", async () => {
    const [row] = await csv("q=inspection", tokens.admin);
    expect(row).toMatchObject({ type: "TECHNICAL_COOPERATION", status: "IMPLEMENTATION", beneficiary_countries: "MX", planned_start: "2024-01-01", topics: "LABOUR_INSPECTION" });
    expect(row!.participants!.split("; ")).toHaveLength(2);
  });

  it("keeps drafts out of an anonymous export and formulas out of every cell", async () => {
    const rows = await csv("sort=title");
    expect(rows.map((row) => row.visibility)).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED"]);
    expect(rows[0]!.title).toBe("'=HYPERLINK(\"http://evil.test\")");
  });
});

// These add programs of their own, so they come after the tests that count the base set.
describe("with more programs", () => {
  it("ranks a match in the title above one in the objectives", async () => {
    const agreement = await test.db.$transaction((tx) => createAgreement(tx, { parties: ["CO", "US"] }));
    await test.db.$transaction((tx) => createProgram(tx, { agreementId: agreement.id, title: "Tripartite committees", visibility: "PUBLISHED" }));
    await test.db.$transaction((tx) =>
      createProgram(tx, { agreementId: agreement.id, title: "Wage councils", objectives: "Set up tripartite wage councils.", visibility: "PUBLISHED" }),
    );
    const query = `q=tripartite&agreement=${agreement.id}`;
    expect(await titles(`${query}&sort=updated`)).toEqual(["Wage councils", "Tripartite committees"]);
    expect(await titles(`${query}&sort=relevance`)).toEqual(["Tripartite committees", "Wage councils"]);
  });

  it("finds a program by its text in any of its languages, whatever the accents", async () => {
    const agreement = await test.db.$transaction((tx) => createAgreement(tx, { parties: ["EC", "US"] }));
    await test.db.$transaction((tx) =>
      createProgram(tx, {
        agreementId: agreement.id,
        title: "Fortalecimiento de la Secretaría del Trabajo",
        summary: "Capacitación para la inspección laboral.",
        language: "es",
        translations: { title: { en: "Strengthening the Labour Secretariat", vi: "Tăng cường Bộ Lao động" }, objectives: { fr: "Former les inspecteurs du travail" } },
        visibility: "PUBLISHED",
      }),
    );
    const found = (q: string) => titles(`agreement=${agreement.id}&q=${encodeURIComponent(q)}`);
    const program = ["Fortalecimiento de la Secretaría del Trabajo"];
    // Without the accents the original has, and with accents it lacks.
    expect(await found("Secretaria")).toEqual(program);
    expect(await found("inspeccion laboral")).toEqual(program);
    expect(await found("fortalecímiento")).toEqual(program);
    // By a translation, with or without its accents.
    expect(await found("strengthening secretariat")).toEqual(program);
    expect(await found("lao dong")).toEqual(program);
    expect(await found("Bộ Lao động")).toEqual(program);
    expect(await found("inspecteurs")).toEqual(program);
    // The language codes are not words of the text.
    expect(await found("vi")).toEqual([]);
    expect(await titles(`agreement=${agreement.id}&q=secretariat&sort=relevance`)).toEqual(program);
  });

  it("pages through more programs than one batch", async () => {
    const agreement = await test.db.$transaction((tx) => createAgreement(tx, { parties: ["PE", "US"] }));
    const reporter = await test.db.$transaction((tx) => createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "PE" }));
    await createPrograms(test.db, Array.from({ length: 1203 }, (_, index) => ({
      agreementId: agreement.id,
      reportingOrganisationId: reporter.id,
      identifier: `PE-BULK-${index}`,
      title: `Bulk program ${String(index).padStart(4, "0")}`,
      type: "TECHNICAL_COOPERATION" as const,
      status: "PIPELINE" as const,
      currencyCode: "USD",
      visibility: "PUBLISHED" as const,
    })));
    const rows = await csv(`agreement=${agreement.id}&sort=title`, undefined);
    expect(rows).toHaveLength(1203);
    expect(new Set(rows.map((row) => row.identifier)).size).toBe(1203);
    expect(rows.at(-1)!.title).toBe("Bulk program 1202");
  });

  it("counts matches up to 1,000 and says when more match", async () => {
    const agreement = await test.db.$transaction((tx) => createAgreement(tx, { parties: ["PY", "US"] }));
    const reporter = await test.db.$transaction((tx) => createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "PY" }));
    const bulk = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, index) => ({
        agreementId: agreement.id,
        reportingOrganisationId: reporter.id,
        identifier: `PY-${prefix}-${index}`,
        title: `${prefix} program ${index}`,
        type: "TECHNICAL_COOPERATION" as const,
        status: "PIPELINE" as const,
        currencyCode: "USD",
        visibility: "PUBLISHED" as const,
      }));
    await createPrograms(test.db, [...bulk(1000, "Exact"), ...bulk(1, "Extra")]);
    expect(PROGRAM_COUNT_LIMIT).toBe(1000);
    // Exactly at the limit the count is exact; one more and it stops there.
    expect(await list(`agreement=${agreement.id}&q=exact&limit=1`)).toMatchObject({ total: 1000, totalCapped: false });
    const all = await list(`agreement=${agreement.id}&limit=1`);
    expect(all).toMatchObject({ total: 1000, totalCapped: true });
    expect(all.data).toHaveLength(1);
    expect(await list(`agreement=${agreement.id}&q=extra`)).toMatchObject({ total: 1, totalCapped: false });
    // A page past the end counts nothing, as before.
    expect(await list(`agreement=${agreement.id}&cursor=2000`)).toMatchObject({ data: [], total: null, totalCapped: false });
  });
});
