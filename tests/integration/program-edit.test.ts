// Editing programs through /api/v1/programs/{id}: validation, the lifecycle, concurrent edits,
// permissions per role and country, and deletion of drafts.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import type { ProgramStatus } from "@/lib/platform/db/generated/enums";
import { REOPEN_TRANSITIONS, STATUS_TRANSITIONS } from "@/lib/domain/programs/program-lifecycle";
import { createAgreement, createInstitution, createOrganisation, createParticipant, createProvision } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { POST: createRoute } = await import("@/app/api/v1/programs/route");
const { GET: getRoute, PATCH: patchRoute, DELETE: deleteRoute } = await import("@/app/api/v1/programs/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govCl" | "govUs" | "cso" | "analyst" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const refs = {} as { agreementId: string; otherAgreementId: string; institutionId: string; provisionId: string; foreignProvisionId: string; funderId: string; otherFunderId: string };

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const other = await createAgreement(tx, { parties: ["CL", "US"] });
    return {
      agreement,
      other,
      institution: await createInstitution(tx, { agreementId: agreement.id, kind: "PERMANENT_SECRETARIAT", name: "Secretariat" }),
      provision: await createProvision(tx, { agreementId: agreement.id, article: "Art. 23.3", title: "Labour rights", text: "…", category: "OBLIGATIONS", topic: "CHILD_LABOUR" }),
      foreignProvision: await createProvision(tx, { agreementId: other.id, article: "Art. 1.1", title: "Other", text: "…", category: "OBLIGATIONS", topic: "OTHER" }),
      stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
      mintrab: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "CL" }),
      ilab: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" }),
      otherFunder: await createOrganisation(tx, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null }),
    };
  });
  Object.assign(refs, {
    agreementId: setup.agreement.id,
    otherAgreementId: setup.other.id,
    institutionId: setup.institution.id,
    provisionId: setup.provision.id,
    foreignProvisionId: setup.foreignProvision.id,
    funderId: setup.ilab.id,
    otherFunderId: setup.otherFunder.id,
  });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govCl = await createActor(db, "GOVERNMENT", { organisationId: setup.mintrab.id });
  actors.govUs = await createActor(db, "GOVERNMENT", { organisationId: setup.ilab.id });
  actors.cso = await createActor(db, "CIVIL_SOCIETY");
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

let serial = 0;
type Created = { id: string; version: number; status: ProgramStatus; title: string };

/** A technical cooperation program registered by gov.mx through the API. */
async function register(overrides: Record<string, unknown> = {}, token = tokens.govMx): Promise<Created> {
  serial += 1;
  const body = {
    agreementId: refs.agreementId,
    identifier: `MX-STPS-EDIT-${serial}-${Date.now()}`,
    title: `Inspection program ${serial}`,
    type: "TECHNICAL_COOPERATION",
    expertiseArea: "Labour inspection",
    currencyCode: "USD",
    ...overrides,
  };
  const response = await createRoute(apiRequest("/api/v1/programs", { token, method: "POST", body }), params({}));
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
  return ((await response.json()) as { data: Created }).data;
}

/** A PATCH as gov.mx, as another caller's token, or anonymously (null). */
function patch(id: string, body: unknown, token: string | null = tokens.govMx) {
  return patchRoute(apiRequest(`/api/v1/programs/${id}`, { token: token ?? undefined, method: "PATCH", body }), params({ id }));
}

async function fieldErrors(response: Response) {
  expect(response.status).toBe(400);
  return ((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors;
}

async function stored(id: string) {
  return test.db.cooperationProgram.findUniqueOrThrow({ where: { id }, include: { beneficiaries: true, provisions: true, participants: true } });
}

async function auditCount(id: string) {
  return test.db.auditEvent.count({ where: { entityType: "CooperationProgram", entityId: id } });
}

describe("editing a program", () => {
  it("changes every field the patch names, bumps the version and records before and after", async () => {
    const program = await register();
    const response = await patch(program.id, {
      version: program.version,
      title: "Inspection program, second phase",
      summary: "Training for 300 inspectors.",
      leadInstitutionId: refs.institutionId,
      topics: ["LABOUR_INSPECTION", "CHILD_LABOUR"],
      beneficiaryCountries: ["MX"],
      provisionIds: [refs.provisionId],
      plannedStart: "2026-01-01",
      plannedEnd: "2027-12-31",
      visibility: "PUBLISHED",
    });
    expect(response.status).toBe(200);
    const saved = await stored(program.id);
    expect(saved).toMatchObject({ title: "Inspection program, second phase", leadInstitutionId: refs.institutionId, visibility: "PUBLISHED", version: 2 });
    expect(saved.publishedAt).not.toBeNull();
    expect(saved.topics.sort()).toEqual(["CHILD_LABOUR", "LABOUR_INSPECTION"]);
    expect(saved.beneficiaries.map((row) => row.countryCode)).toEqual(["MX"]);
    expect(saved.provisions.map((row) => row.provisionId)).toEqual([refs.provisionId]);
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: program.id, action: "program.update" } });
    expect(event.before).toMatchObject({ title: program.title, version: 1, visibility: "DRAFT" });
    expect(event.after).toMatchObject({ title: "Inspection program, second phase", version: 2, plannedStart: "2026-01-01", provisionIds: [refs.provisionId] });
  });

  it("clears an optional field sent as null and leaves the others alone", async () => {
    const program = await register({ plannedStart: "2026-02-01", summary: "Kept" });
    const response = await patch(program.id, { version: 1, plannedStart: null });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await stored(program.id)).toMatchObject({ plannedStart: null, summary: "Kept" });
  });

  it("changes the type with the new type's details and empties the old ones", async () => {
    const program = await register();
    const missing = await fieldErrors(await patch(program.id, { version: 1, type: "FINANCIAL_ASSISTANCE" }));
    expect(Object.keys(missing).sort()).toEqual(["fundingAmount", "funderId"].sort());
    const response = await patch(program.id, { version: 1, type: "FINANCIAL_ASSISTANCE", funderId: refs.funderId, fundingAmount: "1250000.50" });
    expect(response.status).toBe(200);
    const saved = await stored(program.id);
    expect(saved).toMatchObject({ type: "FINANCIAL_ASSISTANCE", expertiseArea: null, funderId: refs.funderId });
    expect(saved.fundingAmount?.toString()).toBe("1250000.5");
    expect(saved.participants.filter((participant) => participant.role === "FUNDER").map((participant) => participant.organisationId)).toEqual([refs.funderId]);
  });

  it("moves the FUNDER participant along with the funder", async () => {
    const program = await register({ type: "FINANCIAL_ASSISTANCE", funderId: refs.funderId, fundingAmount: "100" });
    expect((await patch(program.id, { version: 1, funderId: refs.otherFunderId })).status).toBe(200);
    const funders = (await stored(program.id)).participants.filter((participant) => participant.role === "FUNDER");
    expect(funders.map((participant) => participant.organisationId)).toEqual([refs.otherFunderId]);
  });

  describe("refuses bad input on its field and changes nothing", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["a title of two characters", { title: "ab" }, "title"],
      ["an unknown type", { type: "LOBBYING" }, "type"],
      ["an unknown status", { status: "FINISHED" }, "status"],
      ["an identifier that is not IATI-style", { identifier: "no spaces allowed" }, "identifier"],
      ["an impossible date", { plannedStart: "2026-02-30" }, "plannedStart"],
      ["a planned end before the start", { plannedStart: "2026-05-01", plannedEnd: "2026-04-01" }, "plannedEnd"],
      ["an actual end without an actual start", { actualEnd: "2026-04-01" }, "actualStart"],
      ["an unknown currency", { currencyCode: "XYZ" }, "currencyCode"],
      ["an unknown beneficiary country", { beneficiaryCountries: ["ZZ"] }, "beneficiaryCountries"],
      ["a provision of another agreement", { provisionIds: [refs.foreignProvisionId] }, "provisionIds"],
      ["a lead institution of another agreement", { leadInstitutionId: "not-an-institution" }, "leadInstitutionId"],
      ["a topic twice", { topics: ["CHILD_LABOUR", "CHILD_LABOUR"] }, "topics"],
      ["a summary of 5,001 characters", { summary: "x".repeat(5001) }, "summary"],
      ["an empty area of expertise", { expertiseArea: "" }, "expertiseArea"],
      ["an unknown field", { budget: 12 }, "_"],
    ];
    it.each(cases)("%s", async (_label, changes, field) => {
      const program = await register();
      const errors = await fieldErrors(await patch(program.id, { version: 1, ...changes }));
      expect(Object.keys(errors).some((key) => key === field || key.startsWith(`${field}.`))).toBe(true);
      expect(await stored(program.id)).toMatchObject({ version: 1, title: program.title });
      expect(await auditCount(program.id)).toBe(1);
    });

    it("an identifier another program has", async () => {
      const first = await register();
      const second = await register();
      const taken = await test.db.cooperationProgram.findUniqueOrThrow({ where: { id: first.id }, select: { identifier: true } });
      const errors = await fieldErrors(await patch(second.id, { version: 1, identifier: taken.identifier }));
      expect(errors.identifier).toEqual(["Another program already has this identifier."]);
    });

    it("a body without the version it started from", async () => {
      const program = await register();
      const errors = await fieldErrors(await patch(program.id, { title: "No version" }));
      expect(errors.version).toBeDefined();
    });

    it("a body that is not JSON", async () => {
      const program = await register();
      const response = await patch(program.id, "{not json");
      expect(response.status).toBe(400);
    });
  });
});

describe("the lifecycle", () => {
  const dated = (status: ProgramStatus) => ({
    status,
    ...(status !== "PIPELINE" && status !== "CANCELLED" && status !== "SUSPENDED" && { actualStart: "2025-01-15" }),
    ...(status === "CLOSED" && { actualEnd: "2026-06-30" }),
  });

  const allowed = Object.entries(STATUS_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => [from, to] as [ProgramStatus, ProgramStatus]));
  it.each(allowed)("lets a ministry move a program from %s to %s", async (from, to) => {
    const program = await register(dated(from));
    const response = await patch(program.id, { version: 1, ...dated(to) });
    expect(response.status).toBe(200);
    expect((await stored(program.id)).status).toBe(to);
  });

  const statuses = Object.keys(STATUS_TRANSITIONS) as ProgramStatus[];
  const refused = statuses.flatMap((from) =>
    statuses.filter((to) => to !== from && !STATUS_TRANSITIONS[from].includes(to) && !["CLOSED", "CANCELLED"].includes(from)).map((to) => [from, to] as [ProgramStatus, ProgramStatus]),
  );
  it.each(refused)("refuses %s to %s with the statuses it can go to", async (from, to) => {
    const program = await register(dated(from));
    const errors = await fieldErrors(await patch(program.id, { version: 1, ...dated(to) }));
    expect(errors.status?.[0]).toMatch(/cannot go from .* It can go to|From .* it can go to/);
    expect((await stored(program.id)).status).toBe(from);
  });

  it("asks for the actual start when a program enters implementation", async () => {
    const program = await register();
    const errors = await fieldErrors(await patch(program.id, { version: 1, status: "IMPLEMENTATION" }));
    expect(errors.actualStart).toBeDefined();
  });

  it("asks for the actual end when a program closes", async () => {
    const program = await register(dated("FINALISATION"));
    const errors = await fieldErrors(await patch(program.id, { version: 1, status: "CLOSED" }));
    expect(errors.actualEnd).toBeDefined();
  });

  for (const from of ["CLOSED", "CANCELLED"] as const) {
    it(`keeps a ${from} program from a ministry: no edit, no reopening`, async () => {
      const program = await register(dated(from));
      const edit = await patch(program.id, { version: 1, title: "Edited after closing" });
      expect(edit.status).toBe(403);
      const reopen = await patch(program.id, { version: 1, ...dated(REOPEN_TRANSITIONS[from]![0]!), statusReason: "More work to do" });
      expect(reopen.status).toBe(403);
      expect(await stored(program.id)).toMatchObject({ status: from, version: 1 });
    });

    it(`lets an administrator reopen a ${from} program only with a reason, and records it`, async () => {
      const program = await register(dated(from));
      const target = REOPEN_TRANSITIONS[from]![0]!;
      const withoutReason = await fieldErrors(await patch(program.id, { version: 1, ...dated(target) }, tokens.admin));
      expect(withoutReason.statusReason).toBeDefined();
      const response = await patch(program.id, { version: 1, ...dated(target), statusReason: "The evaluation asked for a second phase." }, tokens.admin);
      expect(response.status).toBe(200);
      const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: program.id, action: "program.reopen" } });
      expect(event.actorId).toBe(actors.admin.id);
      expect(event.before).toMatchObject({ status: from });
      expect(event.after).toMatchObject({ status: target, statusReason: "The evaluation asked for a second phase." });
    });
  }

  it("reopens a closed program only to finalisation or implementation", async () => {
    const program = await register(dated("CLOSED"));
    const errors = await fieldErrors(await patch(program.id, { version: 1, status: "PIPELINE", statusReason: "Start again" }, tokens.admin));
    expect(errors.status).toEqual(["A closed program reopens to Finalisation or Implementation."]);
  });
});

describe("concurrent edits", () => {
  it("let exactly one of two edits from the same version win; the other gets 409 and nothing is lost", async () => {
    const program = await register();
    const [first, second] = await Promise.all([
      patch(program.id, { version: 1, title: "Edited in the first browser" }),
      patch(program.id, { version: 1, summary: "Edited in the second browser" }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const saved = await stored(program.id);
    expect(saved.version).toBe(2);
    const winner = first.status === 200 ? "first" : "second";
    if (winner === "first") expect(saved).toMatchObject({ title: "Edited in the first browser", summary: "" });
    else expect(saved).toMatchObject({ title: program.title, summary: "Edited in the second browser" });
    expect(await test.db.auditEvent.count({ where: { entityId: program.id, action: "program.update" } })).toBe(1);
  });

  it("tells the late editor what changed, from whom, and the current version", async () => {
    const program = await register();
    expect((await patch(program.id, { version: 1, title: "Renamed by the US ministry", topics: ["FORCED_LABOUR"] }, tokens.admin)).status).toBe(200);
    const late = await patch(program.id, { version: 1, title: "Renamed too late" });
    expect(late.status).toBe(409);
    const { error } = (await late.json()) as { error: { code: string; message: string; stale: { currentVersion: number; changedBy: string[]; changes: { field: string; then: unknown; now: unknown }[] } } };
    expect(error.code).toBe("STALE_VERSION");
    expect(error.stale.currentVersion).toBe(2);
    expect(error.stale.changedBy).toEqual([actors.admin.name]);
    expect(error.stale.changes).toEqual([
      { field: "title", then: program.title, now: "Renamed by the US ministry" },
      { field: "topics", then: [], now: ["FORCED_LABOUR"] },
    ]);
    expect((await stored(program.id)).title).toBe("Renamed by the US ministry");
  });
});

describe("who may edit", () => {
  it("refuses a ministry of a country that is not party to the agreement: 404 for a draft, 403 for a published program", async () => {
    const draft = await register();
    expect((await patch(draft.id, { version: 1, title: "Taken over" }, tokens.govCl)).status).toBe(404);
    const published = await register({ visibility: "PUBLISHED" });
    expect((await patch(published.id, { version: 1, title: "Taken over" }, tokens.govCl)).status).toBe(403);
    expect((await stored(published.id)).title).toBe(published.title);
  });

  it("never lets the other party's ministry edit, even once its own ministry takes part", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    expect((await patch(program.id, { version: 1, title: "US edit" }, tokens.govUs)).status).toBe(403);
    await createParticipant(test.db, { programId: program.id, organisationId: actors.govUs.organisationId, role: "ACCOUNTABLE" });
    expect((await patch(program.id, { version: 1, title: "US edit" }, tokens.govUs)).status).toBe(403);
    expect((await stored(program.id)).version).toBe(1);
  });

  it.each(["cso", "analyst"] as const)("refuses %s with 403 and changes nothing", async (who) => {
    const program = await register({ visibility: "PUBLISHED" });
    expect((await patch(program.id, { version: 1, title: "Not mine" }, tokens[who])).status).toBe(403);
    expect((await stored(program.id)).version).toBe(1);
  });

  it("asks an anonymous caller to sign in", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    expect((await patch(program.id, { version: 1, title: "Anonymous" }, null)).status).toBe(401);
  });

  it("refuses to move a program to an agreement the ministry's country is not party to", async () => {
    const program = await register();
    expect((await patch(program.id, { version: 1, agreementId: refs.otherAgreementId }, tokens.govMx)).status).toBe(403);
    expect((await stored(program.id)).agreementId).toBe(refs.agreementId);
  });

  it("returns the program with its participants to whoever may read it", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    const response = await getRoute(apiRequest(`/api/v1/programs/${program.id}`), params({ id: program.id }));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { participants: { role: string; organisation: { id: string } }[] } };
    expect(data.participants).toEqual([expect.objectContaining({ role: "ACCOUNTABLE", organisation: expect.objectContaining({ id: actors.govMx.organisationId }) })]);
  });
});

describe("deleting", () => {
  const remove = (id: string, version: number | string | undefined, token: string = tokens.govMx) =>
    deleteRoute(apiRequest(`/api/v1/programs/${id}${version === undefined ? "" : `?version=${version}`}`, { token, method: "DELETE" }), params({ id }));

  it("deletes a draft with its links and records it", async () => {
    const program = await register({ beneficiaryCountries: ["MX"] });
    expect((await remove(program.id, 1)).status).toBe(204);
    expect(await test.db.cooperationProgram.count({ where: { id: program.id } })).toBe(0);
    expect(await test.db.auditEvent.count({ where: { entityId: program.id, action: "program.delete" } })).toBe(1);
  });

  it("refuses a published program, a stale or missing version, and another country's ministry", async () => {
    const published = await register({ visibility: "PUBLISHED" });
    expect((await remove(published.id, 1)).status).toBe(409);
    const draft = await register();
    expect((await remove(draft.id, 7)).status).toBe(409);
    expect((await remove(draft.id, undefined)).status).toBe(400);
    expect((await remove(draft.id, 1, tokens.govCl)).status).toBe(404);
    expect((await remove(draft.id, 1, tokens.analyst)).status).toBe(403);
    expect(await test.db.cooperationProgram.count({ where: { id: { in: [published.id, draft.id] } } })).toBe(2);
  });
});
