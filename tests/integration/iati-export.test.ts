// The IATI export: every file it writes is validated with xmllint against the IATI 2.03 activity
// schema — the whole demo seed, one program of each type, a public export — and what it writes is
// checked against the records it comes from.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { seed } from "@/prisma/seed";
import { createIndicator, createTransactions } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";
import { iatiSchemaErrors } from "./helpers/xmllint";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: exportRoute } = await import("@/app/api/v1/iati/activities.xml/route");
const { GET: oneRoute } = await import("@/app/api/v1/programs/[id]/iati.xml/route");

const test = provideTestDatabase();
bindAppDatabase(test);

let analyst: Actor;
let analystToken: string;

beforeAll(async () => {
  await seed(test.db, { demo: true });
  analyst = await createActor(test.db, "ANALYST");
  analystToken = await tokenFor(analyst);
}, 120_000);

async function exportXml(query = "", token?: string) {
  const response = await exportRoute(apiRequest(`/api/v1/iati/activities.xml${query}`, { token }), undefined);
  return { response, text: await response.text() };
}

describe("IATI export", () => {
  it("writes the whole seed as one schema-valid file", async () => {
    const { response, text } = await exportXml("", analystToken);
    expect(response.status).toBe(200);
    expect(await iatiSchemaErrors(text)).toEqual([]);
    const programs = await test.db.cooperationProgram.count();
    expect(text.match(/<iati-activity /g)?.length).toBe(programs);
  });
});

describe("the schema check itself", () => {
  it("fails a file that breaks the schema", async () => {
    const { text } = await exportXml("", analystToken);
    // Without its identifier, an activity is invalid.
    const broken = text.replace(/<iati-identifier>[^<]*<\/iati-identifier>/, "");
    expect((await iatiSchemaErrors(broken)).join("\n")).toMatch(/reporting-org.*not expected|iati-identifier/);
  });
});

describe("one program", () => {
  it("exports one program of each type as a schema-valid file with that one activity", async () => {
    for (const type of ["FINANCIAL_ASSISTANCE", "TECHNICAL_COOPERATION", "JOINT_RESEARCH", "INFORMATION_SHARING"] as const) {
      const program = await test.db.cooperationProgram.findFirstOrThrow({ where: { type }, orderBy: { identifier: "asc" } });
      const response = await oneRoute(apiRequest(`/api/v1/programs/${program.id}/iati.xml`, { token: analystToken }), params({ id: program.id }));
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(await iatiSchemaErrors(text), type).toEqual([]);
      expect(text.match(/<iati-identifier>([^<]*)<\/iati-identifier>/g)).toEqual([`<iati-identifier>${program.identifier}</iati-identifier>`]);
      expect(text).toContain(`<lct:program type="${type}"`);
      expect(text).toContain(`<default-aid-type code="${type === "FINANCIAL_ASSISTANCE" ? "C01" : "D02"}" vocabulary="1"/>`);
    }
  });

  it("answers 404 for a draft the caller may not read", async () => {
    const draft = await test.db.cooperationProgram.findFirstOrThrow({ where: { visibility: "DRAFT" } });
    const response = await oneRoute(apiRequest(`/api/v1/programs/${draft.id}/iati.xml`), params({ id: draft.id }));
    expect(response.status).toBe(404);
  });
});

describe("what the export writes", () => {
  it("gives the public the published programs only", async () => {
    const { response, text } = await exportXml();
    expect(response.status).toBe(200);
    expect(await iatiSchemaErrors(text)).toEqual([]);
    const published = await test.db.cooperationProgram.findMany({ where: { visibility: "PUBLISHED" }, select: { identifier: true }, orderBy: { identifier: "asc" } });
    const identifiers = [...text.matchAll(/<iati-identifier>([^<]*)<\/iati-identifier>/g)].map((match) => match[1]);
    expect(identifiers).toEqual(published.map((program) => program.identifier).sort());
    expect(await test.db.cooperationProgram.count({ where: { visibility: "DRAFT" } })).toBeGreaterThan(0);
  });

  it("takes the program list's filters, and answers 404 when nothing matches", async () => {
    const { text } = await exportXml("?type=JOINT_RESEARCH&country=MX", analystToken);
    expect(await iatiSchemaErrors(text)).toEqual([]);
    const expected = await test.db.cooperationProgram.findMany({ where: { type: "JOINT_RESEARCH", beneficiaries: { some: { countryCode: "MX" } } }, select: { identifier: true } });
    expect(expected.length).toBeGreaterThan(0);
    expect([...text.matchAll(/<iati-identifier>([^<]*)<\/iati-identifier>/g)].map((match) => match[1]).sort()).toEqual(expected.map((program) => program.identifier).sort());
    expect((await exportXml("?q=zzzznothingmatches", analystToken)).response.status).toBe(404);
    const bad = await exportXml("?type=NOPE");
    expect(bad.response.status).toBe(400);
  });

  it("writes each record in IATI's codes: status, roles, transactions, results, documents, sectors", async () => {
    const program = await test.db.cooperationProgram.findFirstOrThrow({
      where: { type: "FINANCIAL_ASSISTANCE", transactions: { some: {} }, indicators: { some: { periods: { some: {} } } }, documents: { some: {} } },
      include: { transactions: true, participants: true, documents: true, indicators: { include: { periods: true } } },
      orderBy: { identifier: "asc" },
    });
    const response = await oneRoute(apiRequest(`/api/v1/programs/${program.id}/iati.xml`, { token: analystToken }), params({ id: program.id }));
    const text = await response.text();
    expect(await iatiSchemaErrors(text)).toEqual([]);
    const statusCode = { PIPELINE: "1", IMPLEMENTATION: "2", FINALISATION: "3", CLOSED: "4", CANCELLED: "5", SUSPENDED: "6" }[program.status];
    expect(text).toContain(`<activity-status code="${statusCode}"/>`);
    expect(text.match(/<transaction[ >]/g)?.length).toBe(program.transactions.length);
    const typeCodes = { INCOMING_FUNDS: "1", COMMITMENT: "2", DISBURSEMENT: "3", EXPENDITURE: "4" };
    expect([...text.matchAll(/<transaction-type code="(\d)"\/>/g)].map((match) => match[1]).sort()).toEqual(program.transactions.map((transaction) => typeCodes[transaction.type]).sort());
    expect(text.match(/<result /g)?.length).toBe(program.indicators.length);
    expect(text.match(/<period>|<period /g)?.length).toBe(program.indicators.reduce((total, indicator) => total + indicator.periods.length, 0));
    expect(text.match(/<document-link /g)?.length).toBe(program.documents.length);
    for (const document of program.documents) expect(text).toContain(`<category code="${document.category}"/>`);
    expect(text).toContain('role="1"');
    for (const topic of program.topics) expect(text).toContain(`<lct:topic code="${topic}"/>`);
  });
});

describe("data the schema has no room for", () => {
  it("stays valid: no organisation in an IATI role, no dates, control characters and values like true", async () => {
    const { createProgram } = await import("@/prisma/seed/factories");
    const program = await createProgram(test.db, { summary: "", objectives: "A\u0001B", visibility: "PUBLISHED", expertiseArea: "x\u0002y" });
    await createTransactions(test.db, [
      { programId: program.id, type: "EXPENDITURE", date: new Date("2024-01-01"), amount: "1", currencyCode: "USD", reference: "true", description: "ok" },
      { programId: program.id, type: "EXPENDITURE", date: new Date("2024-01-02"), amount: "2", currencyCode: "USD", reference: "bad\u0001ref" },
    ]);
    await createIndicator(test.db, { programId: program.id, title: "Units", level: "OUTPUT", measure: "UNIT", unit: "u\u0003" });
    const response = await oneRoute(apiRequest(`/api/v1/programs/${program.id}/iati.xml`), params({ id: program.id }));
    const text = await response.text();
    expect(await iatiSchemaErrors(text)).toEqual([]);
    expect(text).toContain('lct:placeholder="true"');
    expect(text).toContain('<transaction ref="true">');
    expect(text).toContain('<transaction ref="badref">');
  });
});
