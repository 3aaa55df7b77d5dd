import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createInstitution, createMeasure, createOrganisation, createPlan } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { provideTestDatabase, bindAppDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const institutionsRoute = await import("@/app/api/v1/institutions/route");
const institutionRoute = await import("@/app/api/v1/institutions/[id]/route");
const meetingsRoute = await import("@/app/api/v1/institutions/[id]/meetings/route");
const meetingRoute = await import("@/app/api/v1/meetings/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"admin" | "govMx" | "govUs" | "govCl" | "cso" | "analyst", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const refs = {} as { agreementId: string; otherAgreementId: string; councilId: string; mxContactId: string; ministryId: string };

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const other = await createAgreement(tx, { parties: ["CL", "US"] });
    const ministry = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX", name: "Secretaría del Trabajo" });
    const council = await createInstitution(tx, { agreementId: agreement.id, kind: "MINISTERIAL_COUNCIL", name: "Labour Council" });
    const mxContact = await createInstitution(tx, { agreementId: agreement.id, kind: "CONTACT_POINT", name: "Mexican contact point", countryCode: "MX", hostOrganisationId: ministry.id, contactEmail: "punto@stps.example" });
    await createInstitution(tx, { agreementId: agreement.id, kind: "CONTACT_POINT", name: "US contact point", countryCode: "US" });
    await createInstitution(tx, { agreementId: other.id, kind: "CONTACT_POINT", name: "Chilean contact point", countryCode: "CL" });
    return { agreement, other, council, mxContact, ministry };
  });
  Object.assign(refs, {
    agreementId: setup.agreement.id,
    otherAgreementId: setup.other.id,
    councilId: setup.council.id,
    mxContactId: setup.mxContact.id,
    ministryId: setup.ministry.id,
  });
  actors.admin = await createActor(db, "ADMIN");
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.ministry.id });
  actors.govUs = await createActor(db, "GOVERNMENT", { country: "US" });
  actors.govCl = await createActor(db, "GOVERNMENT", { country: "CL" });
  actors.cso = await createActor(db, "CIVIL_SOCIETY");
  actors.analyst = await createActor(db, "ANALYST");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

type Body = { data: Record<string, unknown> & Record<string, unknown>[]; page: { nextCursor: string | null }; error: { code: string; fieldErrors?: Record<string, string[]> } };
async function call(response: Response) {
  return { status: response.status, body: (await response.json()) as Body };
}
const directory = async (query: string, token?: string) => call(await institutionsRoute.GET(apiRequest(`/api/v1/institutions${query}`, { token }), params({})));
const create = async (body: unknown, token?: string) => call(await institutionsRoute.POST(apiRequest("/api/v1/institutions", { token, method: "POST", body }), params({})));
const read = async (id: string, token?: string) => call(await institutionRoute.GET(apiRequest(`/api/v1/institutions/${id}`, { token }), params({ id })));
const update = async (id: string, body: unknown, token?: string) =>
  call(await institutionRoute.PATCH(apiRequest(`/api/v1/institutions/${id}`, { token, method: "PATCH", body }), params({ id })));
const addMeeting = async (id: string, body: unknown, token?: string) =>
  call(await meetingsRoute.POST(apiRequest(`/api/v1/institutions/${id}/meetings`, { token, method: "POST", body }), params({ id })));
const editMeeting = async (id: string, body: unknown, token?: string) =>
  call(await meetingRoute.PATCH(apiRequest(`/api/v1/meetings/${id}`, { token, method: "PATCH", body }), params({ id })));
const auditActions = async (entityId: string) => (await test.db.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } })).map((event) => event.action);

describe("the directory", () => {
  it("answers whom to contact about an agreement in a country", async () => {
    const mexico = await directory(`?agreement=${refs.agreementId}&country=MX`);
    expect(mexico.status).toBe(200);
    expect(mexico.body.data.map((row) => row.name)).toEqual(["Labour Council", "Mexican contact point"]);
    expect(mexico.body.data[1]).toMatchObject({ contactEmail: "punto@stps.example", hostOrganisation: { name: "Secretaría del Trabajo" } });
    expect((await directory(`?agreement=${refs.agreementId}&country=CL`)).body.data).toEqual([]);
    expect((await directory("?kind=CONTACT_POINT&q=chilean")).body.data.map((row) => row.name)).toEqual(["Chilean contact point"]);
  });

  it("refuses bad filters with field errors", async () => {
    const bad = await directory("?kind=EMBASSY&country=Mexico");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fieldErrors ?? {}).sort()).toEqual(["country", "kind"]);
  });
});

describe("institutions", () => {
  const contactPoint = (overrides: Record<string, unknown> = {}) => ({
    agreementId: refs.otherAgreementId,
    kind: "CONTACT_POINT",
    name: "US contact point",
    countryCode: "US",
    contactEmail: "contact@dol.example",
    ...overrides,
  });

  it("lets ADMIN add any institution, and audits it", async () => {
    const created = await create({ agreementId: refs.agreementId, kind: "PERMANENT_SECRETARIAT", name: "Secretariat" }, tokens.admin);
    expect(created.status).toBe(201);
    expect(await auditActions(created.body.data.id as string)).toEqual(["institution.create"]);
  });

  it("lets a ministry add only its own country's contact point, for an agreement its country is party to", async () => {
    const before = await test.db.institution.count();
    expect((await create(contactPoint({ kind: "ADVISORY_GROUP" }), tokens.govUs)).status).toBe(403);
    expect((await create(contactPoint({ countryCode: "CL" }), tokens.govUs)).status).toBe(403);
    expect((await create(contactPoint({ countryCode: "MX" }), tokens.govMx)).status).toBe(403);
    expect((await create(contactPoint(), tokens.cso)).status).toBe(403);
    expect((await create(contactPoint(), tokens.analyst)).status).toBe(403);
    expect((await create(contactPoint())).status).toBe(401);
    expect(await test.db.institution.count()).toBe(before);

    const created = await create(contactPoint(), tokens.govUs);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ kind: "CONTACT_POINT", countryCode: "US", version: 1 });
  });

  it("refuses a contact point for a country that is not a party, and a second one for the same party", async () => {
    const notParty = await create({ agreementId: refs.agreementId, kind: "CONTACT_POINT", name: "Chile", countryCode: "CL" }, tokens.admin);
    expect(notParty.status).toBe(400);
    expect(notParty.body.error.fieldErrors?.countryCode?.join(" ")).toMatch(/CL is not a party/);
    const second = await create({ agreementId: refs.agreementId, kind: "CONTACT_POINT", name: "Another", countryCode: "MX" }, tokens.admin);
    expect(second.body.error.fieldErrors).toEqual({ countryCode: ["This party already has a contact point for this agreement; edit that one instead."] });
  });

  it("names missing and malformed fields", async () => {
    const missing = await create({}, tokens.admin);
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fieldErrors ?? {}).sort()).toEqual(["agreementId", "kind", "name"]);
    const malformed = await create(
      { agreementId: refs.agreementId, kind: "CONTACT_POINT", name: "X", contactEmail: "not-an-email", website: "javascript:alert(1)", contactPhone: "call me" },
      tokens.admin,
    );
    expect(Object.keys(malformed.body.error.fieldErrors ?? {}).sort()).toEqual(["contactEmail", "contactPhone", "countryCode", "website"]);
  });

  it("lets a ministry edit its own contact point from a version, but not move it to another country", async () => {
    const edit = (overrides: Record<string, unknown>, token: string) =>
      update(refs.mxContactId, { kind: "CONTACT_POINT", name: "Mexican contact point", countryCode: "MX", hostOrganisationId: refs.ministryId, version: 1, ...overrides }, token);
    expect((await edit({ contactName: "A. Pérez" }, tokens.govUs)).status).toBe(403);
    expect((await edit({ countryCode: "US" }, tokens.govMx)).status).toBe(403);
    const saved = await edit({ contactName: "A. Pérez", contactPhone: "+52 55 1234 5678" }, tokens.govMx);
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ contactName: "A. Pérez", version: 2 });
    expect((await edit({ contactName: "Stale" }, tokens.govMx)).status).toBe(409);
    expect((await update(refs.councilId, { kind: "MINISTERIAL_COUNCIL", name: "Renamed", version: 1 }, tokens.govMx)).status).toBe(403);
    expect(await auditActions(refs.mxContactId)).toEqual(["institution.update"]);
  });
});

describe("meetings", () => {
  const meeting = (overrides: Record<string, unknown> = {}) => ({
    date: "2026-05-14",
    place: "Mexico City",
    summary: "First meeting under the labour chapter.",
    isPublic: true,
    decisions: "Adopt the work programme\nCreate a working group on inspection",
    ...overrides,
  });

  it("lets ADMIN and ministries of a party record them, and no one else", async () => {
    const before = await test.db.meeting.count();
    for (const [token, status] of [[tokens.govCl, 403], [tokens.cso, 403], [tokens.analyst, 403], [undefined, 401]] as const) {
      expect((await addMeeting(refs.councilId, meeting(), token)).status).toBe(status);
    }
    expect(await test.db.meeting.count()).toBe(before);

    const created = await addMeeting(refs.councilId, meeting(), tokens.govUs);
    expect(created.status).toBe(201);
    expect(created.body.data.decisions).toEqual([
      expect.objectContaining({ position: 1, text: "Adopt the work programme" }),
      expect.objectContaining({ position: 2, text: "Create a working group on inspection" }),
    ]);
    expect(await auditActions(created.body.data.id as string)).toEqual(["meeting.create"]);
  });

  it("shows a meeting that is not public only to those who may see it", async () => {
    await addMeeting(refs.councilId, meeting({ isPublic: false, place: "Closed session" }), tokens.admin);
    const places = async (token?: string) => ((await read(refs.councilId, token)).body.data.meetings as { place: string }[]).map((m) => m.place);
    expect(await places()).not.toContain("Closed session");
    expect(await places(tokens.cso)).not.toContain("Closed session");
    expect(await places(tokens.govMx)).toContain("Closed session");
    expect(await places(tokens.analyst)).toContain("Closed session");
  });

  it("names missing fields and refuses a malformed date", async () => {
    const missing = await addMeeting(refs.councilId, {}, tokens.admin);
    expect(Object.keys(missing.body.error.fieldErrors ?? {}).sort()).toEqual(["date", "place"]);
    const badDate = await addMeeting(refs.councilId, meeting({ date: "14/05/2026" }), tokens.admin);
    expect(Object.keys(badDate.body.error.fieldErrors ?? {})).toEqual(["date"]);
    expect((await addMeeting("missing", meeting(), tokens.admin)).status).toBe(400);
  });

  it("keeps decisions by number, and will not remove one a measure follows up", async () => {
    const created = (await addMeeting(refs.councilId, meeting(), tokens.admin)).body.data;
    const id = created.id as string;
    const decisions = created.decisions as { id: string; position: number }[];
    const plan = await createPlan(test.db, {
      kind: "ACTION",
      title: "Inspection plan",
      agreementId: refs.agreementId,
      countryCode: "MX",
      origin: "COUNCIL_DECISION",
      ownerOrganisationId: refs.ministryId,
    });
    await createMeasure(test.db, { planId: plan.id, title: "Working group", responsibleOrganisationId: refs.ministryId, dueDate: new Date("2027-01-01"), decisionId: decisions[1]!.id });

    const dropSecond = await editMeeting(id, { ...meeting({ decisions: "Adopt the work programme" }), version: 1 }, tokens.admin);
    expect(dropSecond.status).toBe(400);
    expect(dropSecond.body.error.fieldErrors?.decisions?.join(" ")).toMatch(/Decision 2 is followed up/);

    const reworded = await editMeeting(
      id,
      { ...meeting({ decisions: "Adopt the 2026–2027 work programme\nCreate a working group on inspection\nMeet again in 2027" }), version: 1 },
      tokens.govMx,
    );
    expect(reworded.status).toBe(200);
    const after = reworded.body.data.decisions as { id: string; text: string }[];
    expect(after.map((decision) => decision.id).slice(0, 2)).toEqual(decisions.map((decision) => decision.id));
    expect(after.map((decision) => decision.text)).toEqual(["Adopt the 2026–2027 work programme", "Create a working group on inspection", "Meet again in 2027"]);
    expect(await test.db.measure.count({ where: { planId: plan.id, decisionId: decisions[1]!.id } })).toBe(1);

    expect((await editMeeting(id, { ...meeting(), version: 1 }, tokens.admin)).status).toBe(409);
    expect((await editMeeting(id, { ...meeting(), version: 2 }, tokens.govCl)).status).toBe(403);
    expect(await auditActions(id)).toEqual(["meeting.create", "meeting.update"]);
  });
});
