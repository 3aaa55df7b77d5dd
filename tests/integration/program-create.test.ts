import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createInstitution, createOrganisation, createProvision } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { provideTestDatabase, bindAppDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { POST: createRoute } = await import("@/app/api/v1/programs/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govCl" | "cso" | "analyst" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const refs = {} as { agreementId: string; otherAgreementId: string; institutionId: string; provisionId: string; foreignProvisionId: string; funderId: string };

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const other = await createAgreement(tx, { parties: ["CL", "US"] });
    const institution = await createInstitution(tx, { agreementId: agreement.id, kind: "PERMANENT_SECRETARIAT", name: "Secretariat" });
    const provision = await createProvision(tx, { agreementId: agreement.id, article: "Art. 23.3", title: "Labour rights", text: "…", category: "OBLIGATIONS", topic: "CHILD_LABOUR" });
    const foreignProvision = await createProvision(tx, { agreementId: other.id, article: "Art. 1.1", title: "Other", text: "…", category: "OBLIGATIONS", topic: "OTHER" });
    return {
      agreement,
      other,
      institution,
      provision,
      foreignProvision,
      stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
      mintrab: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "CL" }),
      funder: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" }),
    };
  });
  Object.assign(refs, {
    agreementId: setup.agreement.id,
    otherAgreementId: setup.other.id,
    institutionId: setup.institution.id,
    provisionId: setup.provision.id,
    foreignProvisionId: setup.foreignProvision.id,
    funderId: setup.funder.id,
  });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govCl = await createActor(db, "GOVERNMENT", { organisationId: setup.mintrab.id });
  actors.cso = await createActor(db, "CIVIL_SOCIETY");
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

let serial = 0;
function technical(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    agreementId: refs.agreementId,
    identifier: `MX-STPS-TC-${Date.now()}-${serial}`,
    title: "Labour inspection training",
    type: "TECHNICAL_COOPERATION",
    expertiseArea: "Labour inspection",
    currencyCode: "USD",
    ...overrides,
  };
}

function post(body: unknown, token?: string) {
  return createRoute(apiRequest("/api/v1/programs", { token, method: "POST", body }), params({}));
}

async function programCount() {
  return test.db.cooperationProgram.count();
}

describe("who may register a program", () => {
  it("refuses civil society, analysts and anonymous callers, and creates nothing", async () => {
    const before = await programCount();
    for (const [token, status] of [
      [tokens.cso, 403],
      [tokens.analyst, 403],
      [undefined, 401],
    ] as const) {
      const response = await post(technical(), token);
      expect(response.status).toBe(status);
    }
    expect(await programCount()).toBe(before);
  });

  it("refuses a ministry of a country that is not party to the agreement", async () => {
    const before = await programCount();
    const response = await post(technical(), tokens.govCl);
    expect(response.status).toBe(403);
    expect(await programCount()).toBe(before);
  });

  it("lets a ministry of a party register it, makes the ministry accountable, and audits the creation", async () => {
    const input = technical({
      leadInstitutionId: refs.institutionId,
      topics: ["CHILD_LABOUR", "LABOUR_INSPECTION"],
      beneficiaryCountries: ["mx"],
      provisionIds: [refs.provisionId],
      plannedStart: "2026-01-01",
      plannedEnd: "2027-06-30",
    });
    const response = await post(input, tokens.govMx);
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string; visibility: string; version: number } };
    expect(data).toMatchObject({ visibility: "DRAFT", version: 1 });

    const stored = await test.db.cooperationProgram.findUniqueOrThrow({
      where: { id: data.id },
      include: { participants: true, beneficiaries: true, provisions: true },
    });
    expect(stored).toMatchObject({ type: "TECHNICAL_COOPERATION", expertiseArea: "Labour inspection", status: "PIPELINE", leadInstitutionId: refs.institutionId });
    expect(stored.participants).toEqual([expect.objectContaining({ organisationId: actors.govMx.organisationId, role: "ACCOUNTABLE" })]);
    expect(stored.beneficiaries.map((row) => row.countryCode)).toEqual(["MX"]);
    expect(stored.provisions.map((row) => row.provisionId)).toEqual([refs.provisionId]);

    const audit = await test.db.auditEvent.findMany({ where: { entityId: data.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "program.create", actorId: actors.govMx.id, entityType: "CooperationProgram" })]);
  });

  it("lets an administrator register a financial assistance program and records its funder", async () => {
    const response = await post(
      technical({ type: "FINANCIAL_ASSISTANCE", expertiseArea: undefined, funderId: refs.funderId, fundingAmount: "1250000.50", visibility: "PUBLISHED", reportingOrganisationId: refs.funderId }),
      tokens.admin,
    );
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string } };
    const stored = await test.db.cooperationProgram.findUniqueOrThrow({ where: { id: data.id }, include: { participants: true } });
    expect(stored.reportingOrganisationId).toBe(refs.funderId);
    expect(stored.fundingAmount?.toFixed(2)).toBe("1250000.50");
    expect(stored.publishedAt).not.toBeNull();
    expect(stored.participants).toEqual([expect.objectContaining({ organisationId: refs.funderId, role: "FUNDER" })]);
  });
});

describe("validation", () => {
  async function fieldErrors(body: unknown) {
    const before = await programCount();
    const response = await post(body, tokens.admin);
    expect(response.status).toBe(400);
    expect(await programCount()).toBe(before);
    return ((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors;
  }

  it("asks for the details each type needs", async () => {
    expect(Object.keys(await fieldErrors(technical({ type: "FINANCIAL_ASSISTANCE" })))).toEqual(
      expect.arrayContaining(["funderId", "fundingAmount"]),
    );
    expect(Object.keys(await fieldErrors(technical({ type: "JOINT_RESEARCH" })))).toEqual(
      expect.arrayContaining(["researchQuestions", "researchOutputs"]),
    );
    expect(Object.keys(await fieldErrors(technical({ type: "INFORMATION_SHARING" })))).toEqual(
      expect.arrayContaining(["exchangeSubject", "exchangeBetween"]),
    );
    expect(Object.keys(await fieldErrors(technical({ expertiseArea: "  " })))).toEqual(["expertiseArea"]);
    expect(Object.keys(await fieldErrors(technical({ type: "GRANT" })))).toEqual(["type"]);
  });

  it("refuses an amount that is not a decimal, and dates out of order or malformed", async () => {
    const errors = await fieldErrors(
      technical({ type: "FINANCIAL_ASSISTANCE", funderId: refs.funderId, fundingAmount: "N/A", plannedStart: "2027-01-01", plannedEnd: "2026-01-01" }),
    );
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["fundingAmount", "plannedEnd"]));
    expect(Object.keys(await fieldErrors(technical({ actualStart: "2026-02-30" })))).toEqual(["actualStart"]);
    expect(Object.keys(await fieldErrors(technical({ actualEnd: "2026-02-01" })))).toEqual(["actualStart"]);
  });

  it("reports every problem with the dates at once: an end before its start and the actual start a started program needs", async () => {
    const errors = await fieldErrors(technical({ status: "IMPLEMENTATION", plannedStart: "2027-01-01", plannedEnd: "2026-01-01" }));
    expect(Object.keys(errors).sort()).toEqual(["actualStart", "plannedEnd"]);
  });

  it("checks references against the database: agreement, institution, currency, countries, provisions, funder", async () => {
    expect(Object.keys(await fieldErrors(technical({ agreementId: "missing" })))).toEqual(["agreementId"]);
    const errors = await fieldErrors(
      technical({
        type: "FINANCIAL_ASSISTANCE",
        funderId: "missing",
        fundingAmount: "10",
        leadInstitutionId: "missing",
        currencyCode: "XYZ",
        beneficiaryCountries: ["ZZ"],
        provisionIds: [refs.foreignProvisionId],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(["beneficiaryCountries", "currencyCode", "funderId", "leadInstitutionId", "provisionIds"]);
  });

  it("refuses a duplicate identifier and duplicate list entries", async () => {
    const first = technical({ reportingOrganisationId: refs.funderId });
    expect((await post(first, tokens.admin)).status).toBe(201);
    expect(await fieldErrors({ ...first })).toEqual({ identifier: ["Another program already has this identifier."] });
    expect(Object.keys(await fieldErrors(technical({ topics: ["CHILD_LABOUR", "CHILD_LABOUR"] })))).toEqual(["topics"]);
  });

  it("answers a body that is not JSON, or not an object, with 4xx", async () => {
    const before = await programCount();
    expect((await post("{not json", tokens.admin)).status).toBe(400);
    expect((await post([1, 2], tokens.admin)).status).toBe(400);
    expect((await post(null, tokens.admin)).status).toBe(400);
    expect(await programCount()).toBe(before);
  });
});
