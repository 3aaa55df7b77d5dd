// One owner per program: the reporting organisation's country's ministries (and administrators)
// change a program; taking part in it, in any role, never grants that. The reproduction of a
// takeover — a ministry of another country added as a participant, then editing, spending and
// removing the owner — is refused at every step, through the API and through the server actions.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { can, programActWhere, programReadWhere, type Actor } from "@/lib/platform/authz";
import { mayChangeProgram } from "@/lib/platform/authz/load-program";
import { programReadSql } from "@/lib/platform/authz/sql";
import { Prisma } from "@/lib/platform/db/generated/client";
import { createAgreement, createOrganisation, createParticipant } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

// The signed-in user of a server action; API calls below use tokens.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": crypto.randomUUID() }), cookies: async () => new Map() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/platform/i18n/server", () => ({ getTranslations: async () => (key: string) => key }));

const { POST: createRoute } = await import("@/app/api/v1/programs/route");
const { GET: getRoute, PATCH: patchRoute, DELETE: deleteRoute } = await import("@/app/api/v1/programs/[id]/route");
const { POST: addParticipantRoute } = await import("@/app/api/v1/programs/[id]/participants/route");
const { DELETE: removeParticipantRoute } = await import("@/app/api/v1/programs/[id]/participants/[participantId]/route");
const { POST: transactionRoute } = await import("@/app/api/v1/programs/[id]/transactions/route");
const { POST: budgetRoute } = await import("@/app/api/v1/programs/[id]/budgets/route");
const { POST: indicatorRoute } = await import("@/app/api/v1/programs/[id]/indicators/route");
const { POST: eventRoute } = await import("@/app/api/v1/programs/[id]/events/route");
const { POST: documentRoute } = await import("@/app/api/v1/programs/[id]/documents/route");
const { POST: reporterRoute } = await import("@/app/api/v1/programs/[id]/reporting-organisation/route");
const { POST: requestRoute } = await import("@/app/api/v1/programs/[id]/participation-requests/route");
const { PATCH: decideRoute } = await import("@/app/api/v1/participation-requests/[id]/route");
const actions = await import("@/lib/domain/programs/actions");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govUs" | "union" | "analyst" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const orgs = {} as Record<"stps" | "ilab" | "employers" | "union", string>;
let agreementId = "";

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => ({
    agreement: await createAgreement(tx, { parties: ["MX", "US", "CA"] }),
    stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
    ilab: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" }),
    employers: await createOrganisation(tx, { kind: "EMPLOYERS_ORGANISATION", countryCode: "MX" }),
    union: await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" }),
  }));
  agreementId = setup.agreement.id;
  Object.assign(orgs, { stps: setup.stps.id, ilab: setup.ilab.id, employers: setup.employers.id, union: setup.union.id });
  actors.govMx = await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govUs = await createActor(test.db, "GOVERNMENT", { organisationId: setup.ilab.id });
  actors.union = await createActor(test.db, "CIVIL_SOCIETY", { organisationId: setup.union.id });
  actors.analyst = await createActor(test.db, "ANALYST");
  actors.admin = await createActor(test.db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

let serial = 0;
const programBody = (overrides: Record<string, unknown> = {}) => ({
  agreementId,
  identifier: `US-GOV-1-OWNER-${(serial += 1)}`,
  title: "Labour inspection in the auto sector",
  type: "TECHNICAL_COOPERATION",
  expertiseArea: "Labour inspection",
  status: "PIPELINE",
  currencyCode: "USD",
  visibility: "PUBLISHED",
  ...overrides,
});

async function send(route: (request: Request, context: never) => Promise<Response>, path: string, who: keyof typeof actors, method: string, body?: unknown, routeParams: Record<string, string> = {}) {
  const response = await route(apiRequest(path, { token: tokens[who], method, body }), params(routeParams) as never);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function register(who: keyof typeof actors, overrides: Record<string, unknown> = {}) {
  const created = await send(createRoute as never, "/api/v1/programs", who, "POST", programBody(overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data as { id: string; version: number; reportingOrganisationId: string };
}

const versionOf = async (id: string) => (await test.db.cooperationProgram.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const auditCount = (id: string) => test.db.auditEvent.count({ where: { entityType: "CooperationProgram", entityId: id } });

describe("a program's owner", () => {
  it("is the ministry that registers it, and an administrator names one", async () => {
    const program = await register("govUs");
    expect(program.reportingOrganisationId).toBe(orgs.ilab);

    const other = await send(createRoute as never, "/api/v1/programs", "govUs", "POST", programBody({ reportingOrganisationId: orgs.stps }));
    expect(other.status).toBe(400);
    expect(other.body.error.fieldErrors.reportingOrganisationId).toBeDefined();

    const unnamed = await send(createRoute as never, "/api/v1/programs", "admin", "POST", programBody());
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.fieldErrors.reportingOrganisationId).toBeDefined();
    expect((await register("admin", { reportingOrganisationId: orgs.stps })).reportingOrganisationId).toBe(orgs.stps);
  });

  it("alone changes it: another country's ministry is refused at every step of the takeover, through the API", async () => {
    // gov.us registers a published program; gov.mx is refused.
    const program = await register("govUs");
    const path = `/api/v1/programs/${program.id}`;
    const id = { id: program.id };
    expect((await send(patchRoute as never, path, "govMx", "PATCH", { version: program.version, title: "Taken over" }, id)).status).toBe(403);

    // gov.us adds Mexico's employers' confederation as a beneficiary, and accepts a Mexican union's request.
    expect((await send(addParticipantRoute as never, `${path}/participants`, "govUs", "POST", { organisationId: orgs.employers, role: "BENEFICIARY" }, id)).status).toBe(201);
    const asked = await send(requestRoute as never, `${path}/participation-requests`, "union", "POST", { role: "MONITOR" }, id);
    expect(asked.status).toBe(201);
    const decided = await send(decideRoute as never, `/api/v1/participation-requests/${asked.body.data.id}`, "govUs", "PATCH", { decision: "ACCEPT", version: asked.body.data.version }, { id: asked.body.data.id });
    expect(decided.status).toBe(200);
    const version = await versionOf(program.id);
    const usParticipant = await test.db.participant.findFirstOrThrow({ where: { programId: program.id, organisationId: orgs.ilab } });
    const auditBefore = await auditCount(program.id);

    // Now Mexico's organisations take part, and gov.mx is still refused everywhere.
    const refused = [
      await send(patchRoute as never, path, "govMx", "PATCH", { version, title: "Taken over" }, id),
      await send(transactionRoute as never, `${path}/transactions`, "govMx", "POST", { type: "DISBURSEMENT", date: "2026-01-15", amount: "999999", currencyCode: "USD" }, id),
      await send(budgetRoute as never, `${path}/budgets`, "govMx", "POST", { type: "ORIGINAL", status: "COMMITTED", periodStart: "2026-01-01", periodEnd: "2026-12-31", amount: "5000", currencyCode: "USD" }, id),
      await send(addParticipantRoute as never, `${path}/participants`, "govMx", "POST", { organisationId: orgs.stps, role: "ACCOUNTABLE" }, id),
      await send(removeParticipantRoute as never, `${path}/participants/${usParticipant.id}`, "govMx", "DELETE", undefined, { id: program.id, participantId: usParticipant.id }),
      await send(indicatorRoute as never, `${path}/indicators`, "govMx", "POST", { title: "Inspections", level: "OUTPUT", measure: "UNIT", ascending: true }, id),
      await send(eventRoute as never, `${path}/events`, "govMx", "POST", { kind: "WORKSHOP", title: "Workshop", startDate: "2026-02-01" }, id),
      await send(documentRoute as never, `${path}/documents`, "govMx", "POST", { title: "Report", category: "A01", url: "https://example.org/report.pdf" }, id),
      await send(reporterRoute as never, `${path}/reporting-organisation`, "govMx", "POST", { reportingOrganisationId: orgs.stps, version }, id),
      await send(deleteRoute as never, `${path}?version=${version}`, "govMx", "DELETE", undefined, id),
    ];
    expect(refused.map((response) => response.status)).toEqual(Array(refused.length).fill(403));
    expect(refused[0]!.body.error.message).toMatch(/reported by/);

    // Nothing changed, and gov.us still changes its own program.
    expect(await versionOf(program.id)).toBe(version);
    expect(await auditCount(program.id)).toBe(auditBefore);
    expect(await test.db.transaction.count({ where: { programId: program.id } })).toBe(0);
    expect(await test.db.participant.count({ where: { id: usParticipant.id } })).toBe(1);
    expect(await test.db.participant.count({ where: { programId: program.id, organisationId: orgs.stps } })).toBe(0);
    expect((await send(patchRoute as never, path, "govUs", "PATCH", { version, title: "Still ours" }, id)).status).toBe(200);
  });

  it("alone changes it through the server actions too", async () => {
    const program = await register("govUs");
    await createParticipant(test.db, { programId: program.id, organisationId: orgs.employers, role: "BENEFICIARY" });
    const usParticipant = await test.db.participant.findFirstOrThrow({ where: { programId: program.id, organisationId: orgs.ilab } });
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return data;
    };
    const version = String(await versionOf(program.id));
    const edit = { ...programBody(), id: program.id, version, title: "Taken over" } as Record<string, string>;
    delete edit.identifier;
    edit.identifier = (await test.db.cooperationProgram.findUniqueOrThrow({ where: { id: program.id } })).identifier;
    const IDLE = { status: "idle" } as const;

    session.actor = actors.govMx;
    const attempts = [
      await actions.updateProgramAction(IDLE, form(edit)),
      await actions.addParticipantAction(IDLE, form({ programId: program.id, organisationId: orgs.stps, role: "ACCOUNTABLE" })),
      await actions.removeParticipantAction(IDLE, form({ programId: program.id, participantId: usParticipant.id })),
      await actions.attachDocumentAction(IDLE, form({ programId: program.id, title: "Report", category: "A01", url: "https://example.org/r.pdf" })),
      await actions.assignReporterAction(IDLE, form({ programId: program.id, reportingOrganisationId: orgs.stps, version })),
      await actions.deleteProgramAction(IDLE, form({ id: program.id, version })),
    ];
    session.actor = null;
    for (const attempt of attempts) expect(attempt).toMatchObject({ status: "error" });
    expect(attempts[0]!.message).toMatch(/reported by/);
    expect(await versionOf(program.id)).toBe(Number(version));
    expect(await test.db.participant.count({ where: { programId: program.id, organisationId: orgs.stps } })).toBe(0);
    expect(await test.db.document.count({ where: { programId: program.id } })).toBe(0);
  });

  it("keeps its drafts from other countries' ministries, even those that take part", async () => {
    const draft = await register("govUs", { visibility: "DRAFT" });
    await createParticipant(test.db, { programId: draft.id, organisationId: orgs.stps, role: "PARTNER" });
    expect((await send(getRoute as never, `/api/v1/programs/${draft.id}`, "govMx", "GET", undefined, { id: draft.id })).status).toBe(404);
    expect((await send(getRoute as never, `/api/v1/programs/${draft.id}`, "govUs", "GET", undefined, { id: draft.id })).status).toBe(200);
    expect((await send(getRoute as never, `/api/v1/programs/${draft.id}`, "analyst", "GET", undefined, { id: draft.id })).status).toBe(200);
  });

  it("is moved only by an administrator, with the move and its reason in the program's history", async () => {
    const program = await register("govUs");
    const path = `/api/v1/programs/${program.id}/reporting-organisation`;
    const id = { id: program.id };
    expect((await send(reporterRoute as never, path, "govUs", "POST", { reportingOrganisationId: orgs.stps, version: program.version }, id)).status).toBe(403);
    expect((await send(reporterRoute as never, path, "admin", "POST", { reportingOrganisationId: "missing", version: program.version }, id)).status).toBe(400);
    expect((await send(reporterRoute as never, path, "admin", "POST", { reportingOrganisationId: orgs.stps, version: program.version + 5 }, id)).status).toBe(409);

    const moved = await send(reporterRoute as never, path, "admin", "POST", { reportingOrganisationId: orgs.stps, version: program.version, reason: "Mexico runs it now" }, id);
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ version: program.version + 1, reportingOrganisation: { id: orgs.stps } });
    const entry = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: program.id, action: "program.reporting-organisation" } });
    expect(entry).toMatchObject({ actorId: actors.admin.id, before: { reportingOrganisation: { id: orgs.ilab } }, after: { reportingOrganisation: { id: orgs.stps }, reason: "Mexico runs it now" } });

    const programPath = `/api/v1/programs/${program.id}`;
    expect((await send(patchRoute as never, programPath, "govUs", "PATCH", { version: program.version + 1, title: "No longer ours" }, id)).status).toBe(403);
    expect((await send(patchRoute as never, programPath, "govMx", "PATCH", { version: program.version + 1, title: "Now ours" }, id)).status).toBe(200);
    expect((await send(patchRoute as never, programPath, "admin", "PATCH", { version: program.version + 2, reportingOrganisationId: orgs.ilab }, id)).status).toBe(400);

    // The administrator's form on the program's page does the same.
    const form = new FormData();
    for (const [name, value] of Object.entries({ programId: program.id, reportingOrganisationId: orgs.ilab, version: String(program.version + 2), reason: "Back to the US" })) form.append(name, value);
    session.actor = actors.admin;
    const state = await actions.assignReporterAction({ status: "idle" }, form);
    session.actor = null;
    expect(state).toMatchObject({ status: "success" });
    expect((await test.db.cooperationProgram.findUniqueOrThrow({ where: { id: program.id } })).reportingOrganisationId).toBe(orgs.ilab);
  });
});

describe("the owner rule in SQL and in code", () => {
  it("agrees for every role: programActWhere with mayChangeProgram, programReadWhere with programReadSql", async () => {
    const usDraft = await register("govUs", { visibility: "DRAFT" });
    const mxDraft = await register("admin", { visibility: "DRAFT", reportingOrganisationId: orgs.stps });
    const published = await register("govUs");
    await createParticipant(test.db, { programId: usDraft.id, organisationId: orgs.union, role: "CONSULTED" });
    const ids = [usDraft.id, mxDraft.id, published.id];
    const programs = await test.db.cooperationProgram.findMany({ where: { id: { in: ids } }, select: { id: true, reportingOrganisation: { select: { countryCode: true } } } });
    for (const viewer of [null, ...Object.values(actors)]) {
      const readable = await test.db.cooperationProgram.findMany({ where: { AND: [{ id: { in: ids } }, programReadWhere(viewer)] }, select: { id: true } });
      const readableSql = await test.db.$queryRaw<{ id: string }[]>`SELECT p."id" FROM "CooperationProgram" p WHERE p."id" IN (${Prisma.join(ids)}) AND ${programReadSql(viewer)}`;
      expect(readableSql.map((row) => row.id).sort(), `read: ${viewer?.role ?? "anonymous"}`).toEqual(readable.map((row) => row.id).sort());
      if (!viewer) continue;
      const changeable = await test.db.cooperationProgram.findMany({ where: { AND: [{ id: { in: ids } }, programActWhere(viewer)] }, select: { id: true } });
      const inCode = programs.filter((program) => can(viewer, "program.update") && mayChangeProgram(viewer, program)).map((program) => program.id);
      expect(inCode.sort(), `change: ${viewer.role}`).toEqual(can(viewer, "program.update") ? changeable.map((row) => row.id).sort() : []);
    }
    // Concretely: each ministry changes its own country's programs only; the union reads the draft it takes part in.
    const changeableBy = async (actor: Actor) => (await test.db.cooperationProgram.findMany({ where: { AND: [{ id: { in: ids } }, programActWhere(actor)] }, select: { id: true } })).map((row) => row.id).sort();
    expect(await changeableBy(actors.govUs)).toEqual([usDraft.id, published.id].sort());
    expect(await changeableBy(actors.govMx)).toEqual([mxDraft.id]);
    expect((await test.db.cooperationProgram.findMany({ where: { AND: [{ id: { in: ids } }, programReadWhere(actors.union)] }, select: { id: true } })).map((row) => row.id).sort()).toEqual([usDraft.id, published.id].sort());
  });
});
