import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement as makeAgreement, createInstitution, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { provideTestDatabase, bindAppDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const agreementsRoute = await import("@/app/api/v1/agreements/route");
const agreementRoute = await import("@/app/api/v1/agreements/[id]/route");
const provisionsRoute = await import("@/app/api/v1/agreements/[id]/provisions/route");
const provisionRoute = await import("@/app/api/v1/provisions/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"admin" | "govMx" | "govCl" | "cso" | "analyst", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
let usmcaId = "";

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => {
    const usmca = await makeAgreement(tx, { parties: ["CA", "MX", "US"], shortName: "TEST-USMCA", title: "Test United States–Mexico–Canada", status: "IN_FORCE", inForceOn: new Date("2020-07-01"), signedOn: new Date("2018-11-30") });
    await makeAgreement(tx, { parties: ["CL", "US"], shortName: "TEST-CLUS", title: "Test Chile–United States", status: "SIGNED", signedOn: new Date("2003-06-06") });
    await makeAgreement(tx, { parties: ["FR", "VN"], shortName: "TEST-FRVN", title: "Test France–Viet Nam", status: "NEGOTIATING" });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    await createProgram(tx, { agreementId: usmca.id, title: "Published program", visibility: "PUBLISHED", reportingOrganisationId: stps.id, participants: { create: [{ organisationId: stps.id, role: "ACCOUNTABLE" }] } });
    await createProgram(tx, { agreementId: usmca.id, title: "Draft program", visibility: "DRAFT", reportingOrganisationId: stps.id, participants: { create: [{ organisationId: stps.id, role: "ACCOUNTABLE" }] } });
    return { usmca, stps };
  });
  usmcaId = setup.usmca.id;
  actors.admin = await createActor(db, "ADMIN");
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govCl = await createActor(db, "GOVERNMENT", { country: "CL" });
  actors.cso = await createActor(db, "CIVIL_SOCIETY");
  actors.analyst = await createActor(db, "ANALYST");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

type Json = Record<string, unknown>;
async function call(response: Response) {
  return { status: response.status, body: (await response.json()) as Json & { data: Json & Json[]; error: { code: string; fieldErrors?: Record<string, string[]> } } };
}
const list = async (query: string, token?: string) => call(await agreementsRoute.GET(apiRequest(`/api/v1/agreements${query}`, { token }), params({})));
const create = async (body: unknown, token?: string) => call(await agreementsRoute.POST(apiRequest("/api/v1/agreements", { token, method: "POST", body }), params({})));
const read = async (id: string, token?: string) => call(await agreementRoute.GET(apiRequest(`/api/v1/agreements/${id}`, { token }), params({ id })));
const update = async (id: string, body: unknown, token?: string) =>
  call(await agreementRoute.PATCH(apiRequest(`/api/v1/agreements/${id}`, { token, method: "PATCH", body }), params({ id })));
const addProvision = async (id: string, body: unknown, token?: string) =>
  call(await provisionsRoute.POST(apiRequest(`/api/v1/agreements/${id}/provisions`, { token, method: "POST", body }), params({ id })));
const editProvision = async (id: string, body: unknown, token?: string) =>
  call(await provisionRoute.PATCH(apiRequest(`/api/v1/provisions/${id}`, { token, method: "PATCH", body }), params({ id })));

const count = () => test.db.agreement.count();
const auditOf = (entityId: string) => test.db.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });

let serial = 0;
function newAgreement(overrides: Json = {}) {
  serial += 1;
  return {
    title: `Agreement ${serial}`,
    shortName: `NEW-${serial}-${Date.now()}`,
    kind: "BILATERAL",
    status: "IN_FORCE",
    signedOn: "2024-01-15",
    inForceOn: "2025-03-01",
    parties: ["CL", "MX"],
    ...overrides,
  };
}

describe("listing agreements", () => {
  it("filters by party, status, kind and text, in SQL, and pages", async () => {
    const byParty = await list("?party=MX&q=TEST-");
    expect(byParty.status).toBe(200);
    expect(byParty.body.data.map((row) => row.shortName)).toEqual(["TEST-USMCA"]);
    expect((await list("?status=SIGNED&q=test-")).body.data.map((row) => row.shortName)).toEqual(["TEST-CLUS"]);
    expect((await list("?kind=PLURILATERAL&q=TEST-")).body.data.map((row) => row.shortName)).toEqual(["TEST-USMCA"]);
    expect((await list("?q=viet nam")).body.data.map((row) => row.shortName)).toEqual(["TEST-FRVN"]);

    const first = await list("?q=TEST-&sort=-title&limit=2");
    expect(first.body.data.map((row) => row.shortName)).toEqual(["TEST-USMCA", "TEST-FRVN"]);
    const cursor = (first.body.page as { nextCursor: string }).nextCursor;
    const second = await list(`?q=TEST-&sort=-title&limit=2&cursor=${cursor}`);
    expect(second.body.data.map((row) => row.shortName)).toEqual(["TEST-CLUS"]);
    expect((second.body.page as { nextCursor: string | null }).nextCursor).toBeNull();
  });

  it("counts only the programs the caller may read", async () => {
    const anonymous = (await list("?q=TEST-USMCA")).body.data[0];
    const ministry = (await list("?q=TEST-USMCA", tokens.govMx)).body.data[0];
    expect(anonymous?.programCount).toBe(1);
    expect(ministry?.programCount).toBe(2);
  });

  it("refuses unknown filters' values with field errors", async () => {
    const bad = await list("?status=ALIVE&party=Mexico&sort=size&cursor=abc");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fieldErrors ?? {}).sort()).toEqual(["party", "sort", "status"]);
    expect((await list("?cursor=abc")).status).toBe(400);
  });
});

describe("an agreement's page data", () => {
  it("shows drafts and their funding only to those who may read them", async () => {
    const anonymous = await read(usmcaId);
    expect(anonymous.status).toBe(200);
    expect((anonymous.body.data.programs as { total: number }).total).toBe(1);
    expect((await read(usmcaId, tokens.govMx)).body.data.programs).toMatchObject({ total: 2 });
    expect((await read("missing")).status).toBe(404);
  });
});

describe("creating and editing agreements", () => {
  it("lets only ADMIN add an agreement, and audits it", async () => {
    const before = await count();
    for (const [token, status] of [[tokens.govMx, 403], [tokens.cso, 403], [tokens.analyst, 403], [undefined, 401]] as const) {
      expect((await create(newAgreement(), token)).status).toBe(status);
    }
    expect(await count()).toBe(before);

    const created = await create(newAgreement(), tokens.admin);
    expect(created.status).toBe(201);
    expect(created.body.data.parties).toEqual([{ countryCode: "CL" }, { countryCode: "MX" }]);
    expect(await auditOf(created.body.data.id as string)).toEqual([
      expect.objectContaining({ action: "agreement.create", actorId: actors.admin.id }),
    ]);
  });

  it("names every missing field", async () => {
    const before = await count();
    const result = await create({}, tokens.admin);
    expect(result.status).toBe(400);
    expect(Object.keys(result.body.error.fieldErrors ?? {}).sort()).toEqual(["kind", "parties", "shortName", "status", "title"]);
    expect(await count()).toBe(before);
  });

  it("refuses entry into force before signature", async () => {
    const result = await create(newAgreement({ signedOn: "2025-01-01", inForceOn: "2024-12-31" }), tokens.admin);
    expect(result.status).toBe(400);
    expect(result.body.error.fieldErrors).toEqual({ inForceOn: ["An agreement cannot enter into force before it is signed."] });
  });

  it("refuses duplicate parties, unknown countries and a bilateral agreement with three parties", async () => {
    const duplicate = await create(newAgreement({ parties: ["MX", "mx"] }), tokens.admin);
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.fieldErrors?.parties?.join(" ")).toMatch(/listed once/);
    const three = await create(newAgreement({ parties: ["MX", "US", "CA"] }), tokens.admin);
    expect(three.body.error.fieldErrors?.parties).toEqual(["A bilateral agreement has exactly two parties."]);
    const unknown = await create(newAgreement({ parties: ["MX", "ZZ"] }), tokens.admin);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fieldErrors?.parties?.join(" ")).toMatch(/ZZ/);
  });

  it("refuses a short name already taken, whatever its case", async () => {
    const result = await create(newAgreement({ shortName: "test-usmca" }), tokens.admin);
    expect(result.body.error.fieldErrors).toEqual({ shortName: ["Another agreement already has this short name."] });
  });

  it("keeps the days a contact point has to decide on and report on a public submission, set by an administrator", async () => {
    const created = (await create(newAgreement(), tokens.admin)).body.data;
    const id = created.id as string;
    expect(created).toMatchObject({ submissionDecisionDays: 60, submissionReportDays: 180 });
    const bad = await update(id, { ...newAgreement({ shortName: created.shortName }), submissionDecisionDays: "0", submissionReportDays: "soon", version: 1 }, tokens.admin);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fieldErrors ?? {}).sort()).toEqual(["submissionDecisionDays", "submissionReportDays"]);
    const edited = await update(id, { ...newAgreement({ shortName: created.shortName }), submissionDecisionDays: 90, submissionReportDays: "150", version: 1 }, tokens.admin);
    expect(edited.body.data).toMatchObject({ submissionDecisionDays: 90, submissionReportDays: 150, version: 2 });
    // An edit that does not name them leaves them as they are.
    const again = await update(id, { ...newAgreement({ shortName: created.shortName, title: "Renamed" }), version: 2 }, tokens.admin);
    expect(again.body.data).toMatchObject({ title: "Renamed", submissionDecisionDays: 90, submissionReportDays: 150 });
  });

  it("edits from a version, refuses a stale one, and will not drop a party that records still concern", async () => {
    const created = (await create(newAgreement(), tokens.admin)).body.data;
    const id = created.id as string;
    const edited = await update(id, { ...newAgreement({ shortName: created.shortName, title: "Renamed" }), version: 1 }, tokens.admin);
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ title: "Renamed", version: 2 });

    const stale = await update(id, { ...newAgreement({ shortName: created.shortName, title: "Stale" }), version: 1 }, tokens.admin);
    expect(stale.status).toBe(409);
    expect((await test.db.agreement.findUniqueOrThrow({ where: { id } })).title).toBe("Renamed");

    await createInstitution(test.db, { agreementId: id, kind: "CONTACT_POINT", name: "Chile contact point", countryCode: "CL" });
    const dropChile = await update(id, { ...newAgreement({ shortName: created.shortName, parties: ["MX", "US"] }), version: 2 }, tokens.admin);
    expect(dropChile.status).toBe(400);
    expect(dropChile.body.error.fieldErrors?.parties?.join(" ")).toMatch(/CL cannot be removed/);

    expect((await update(id, { ...newAgreement({ shortName: created.shortName }), version: 2 }, tokens.govMx)).status).toBe(403);
    expect((await auditOf(id)).map((event) => event.action)).toEqual(["agreement.create", "agreement.update"]);
  });
});

describe("labour provisions", () => {
  const provision = (overrides: Json = {}) => ({
    article: `Art. 23.${++serial}`,
    category: "OBLIGATIONS",
    topic: "FORCED_LABOUR",
    title: "Forced or compulsory labour",
    text: "Each Party shall prohibit the importation of goods produced by forced labour.",
    ...overrides,
  });

  it("lets ADMIN and ministries of a party write them, and no one else", async () => {
    const byAdmin = await addProvision(usmcaId, provision(), tokens.admin);
    expect(byAdmin.status).toBe(201);
    const byMinistry = await addProvision(usmcaId, provision(), tokens.govMx);
    expect(byMinistry.status).toBe(201);

    const before = await test.db.labourProvision.count();
    expect((await addProvision(usmcaId, provision(), tokens.govCl)).status).toBe(403);
    expect((await addProvision(usmcaId, provision(), tokens.cso)).status).toBe(403);
    expect((await addProvision(usmcaId, provision(), tokens.analyst)).status).toBe(403);
    expect((await addProvision(usmcaId, provision())).status).toBe(401);
    expect(await test.db.labourProvision.count()).toBe(before);

    const id = byMinistry.body.data.id as string;
    expect((await editProvision(id, { ...provision(), version: 1 }, tokens.govCl)).status).toBe(403);
    const edited = await editProvision(id, { ...provision({ title: "Forced labour" }), version: 1 }, tokens.govMx);
    expect(edited.status).toBe(200);
    expect((await editProvision(id, { ...provision(), version: 1 }, tokens.govMx)).status).toBe(409);
    expect((await auditOf(id)).map((event) => [event.action, event.actorId])).toEqual([
      ["provision.create", actors.govMx.id],
      ["provision.update", actors.govMx.id],
    ]);
  });

  it("names missing fields, and refuses the same article and topic twice", async () => {
    const missing = await addProvision(usmcaId, {}, tokens.admin);
    expect(Object.keys(missing.body.error.fieldErrors ?? {}).sort()).toEqual(["article", "category", "text", "title", "topic"]);
    const first = provision({ article: "Art. 23.99" });
    expect((await addProvision(usmcaId, first, tokens.admin)).status).toBe(201);
    const again = await addProvision(usmcaId, first, tokens.admin);
    expect(again.body.error.fieldErrors).toEqual({ article: ["This agreement already has a provision with this article and topic."] });
    expect((await addProvision("missing", provision(), tokens.admin)).status).toBe(400);
  });
});
