// A program's participants and history through /api/v1: roles held once and the rules that keep a
// program accountable. Its documents are tested for every storage in documents-*.test.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createOrganisation } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "lct-uploads-"));
process.env.UPLOAD_DIR = uploads;
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

const { POST: createRoute } = await import("@/app/api/v1/programs/route");
const { POST: addParticipantRoute } = await import("@/app/api/v1/programs/[id]/participants/route");
const { DELETE: removeParticipantRoute } = await import("@/app/api/v1/programs/[id]/participants/[participantId]/route");
const { POST: attachRoute } = await import("@/app/api/v1/programs/[id]/documents/route");
const { GET: historyRoute } = await import("@/app/api/v1/programs/[id]/history/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govCl" | "cso" | "analyst" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const refs = {} as { agreementId: string; iloId: string; unionId: string; usMinistryId: string };

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => ({
    agreement: await createAgreement(tx, { parties: ["MX", "US"] }),
    stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
    mintrab: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "CL" }),
    ilo: await createOrganisation(tx, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null }),
    union: await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" }),
    usMinistry: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" }),
  }));
  Object.assign(refs, { agreementId: setup.agreement.id, iloId: setup.ilo.id, unionId: setup.union.id, usMinistryId: setup.usMinistry.id });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govCl = await createActor(db, "GOVERNMENT", { organisationId: setup.mintrab.id });
  actors.cso = await createActor(db, "CIVIL_SOCIETY", { organisationId: setup.union.id });
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

let serial = 0;
async function register(overrides: Record<string, unknown> = {}) {
  serial += 1;
  const body = {
    agreementId: refs.agreementId,
    identifier: `MX-STPS-PARTS-${serial}-${Date.now()}`,
    title: `Program ${serial}`,
    type: "TECHNICAL_COOPERATION",
    expertiseArea: "Occupational safety",
    currencyCode: "MXN",
    ...overrides,
  };
  const response = await createRoute(apiRequest("/api/v1/programs", { token: tokens.govMx, method: "POST", body }), params({}));
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { id: string; version: number } }).data;
}

function addParticipant(id: string, body: unknown, token = tokens.govMx) {
  return addParticipantRoute(apiRequest(`/api/v1/programs/${id}/participants`, { token, method: "POST", body }), params({ id }));
}

function removeParticipant(id: string, participantId: string, token = tokens.govMx) {
  return removeParticipantRoute(apiRequest(`/api/v1/programs/${id}/participants/${participantId}`, { token, method: "DELETE" }), params({ id, participantId }));
}

async function participants(id: string) {
  return test.db.participant.findMany({ where: { programId: id }, select: { id: true, organisationId: true, role: true } });
}

async function errorsOf(response: Response, status = 400) {
  expect(response.status, await response.clone().text()).toBe(status);
  return ((await response.json()) as { error: { message: string; fieldErrors?: Record<string, string[]> } }).error;
}

describe("participants", () => {
  it("adds organisations in roles, each organisation once per role, and records each change", async () => {
    const program = await register();
    expect((await addParticipant(program.id, { organisationId: refs.iloId, role: "IMPLEMENTER" })).status).toBe(201);
    expect((await addParticipant(program.id, { organisationId: refs.iloId, role: "PARTNER" })).status).toBe(201);
    const duplicate = await errorsOf(await addParticipant(program.id, { organisationId: refs.iloId, role: "IMPLEMENTER" }));
    expect(duplicate.fieldErrors?.role?.[0]).toMatch(/already takes part in the program as IMPLEMENTER/);
    expect((await participants(program.id)).map((row) => row.role).sort()).toEqual(["ACCOUNTABLE", "IMPLEMENTER", "PARTNER"]);
    expect(await test.db.auditEvent.count({ where: { entityId: program.id, action: "program.participant.add" } })).toBe(2);
  });

  it("refuses an unknown organisation or role on its field", async () => {
    const program = await register();
    expect((await errorsOf(await addParticipant(program.id, { organisationId: "nobody", role: "PARTNER" }))).fieldErrors?.organisationId).toBeDefined();
    expect((await errorsOf(await addParticipant(program.id, { organisationId: refs.iloId, role: "SPONSOR" }))).fieldErrors?.role).toBeDefined();
    expect(await participants(program.id)).toHaveLength(1);
  });

  it("keeps at least one accountable organisation", async () => {
    const program = await register();
    const [accountable] = await participants(program.id);
    expect((await errorsOf(await removeParticipant(program.id, accountable!.id), 409)).message).toMatch(/at least one accountable organisation/);
  });

  it("keeps the funder of a financial assistance program until the program names another", async () => {
    const program = await register({ type: "FINANCIAL_ASSISTANCE", funderId: refs.usMinistryId, fundingAmount: "500000" });
    const funder = (await participants(program.id)).find((row) => row.role === "FUNDER")!;
    expect((await errorsOf(await removeParticipant(program.id, funder.id), 409)).message).toMatch(/program's funder/);
  });

  it("leaves the program to its reporting ministry when that ministry no longer takes part", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    await addParticipant(program.id, { organisationId: refs.usMinistryId, role: "ACCOUNTABLE" }, tokens.admin);
    const own = (await participants(program.id)).find((row) => row.organisationId === actors.govMx.organisationId)!;
    expect((await removeParticipant(program.id, own.id)).status).toBe(204);
    expect(await participants(program.id)).toHaveLength(1);
    // Still Mexico's program: its ministry keeps changing it; the United States' accountable ministry does not.
    expect((await addParticipant(program.id, { organisationId: refs.unionId, role: "CONSULTED" })).status).toBe(201);
    const us = await createActor(test.db, "GOVERNMENT", { organisationId: refs.usMinistryId });
    expect((await addParticipant(program.id, { organisationId: refs.iloId, role: "IMPLEMENTER" }, await tokenFor(us))).status).toBe(403);
  });

  it("removes a participant and records it", async () => {
    const program = await register();
    const added = (await (await addParticipant(program.id, { organisationId: refs.unionId, role: "CONSULTED" })).json()) as { data: { id: string } };
    expect((await removeParticipant(program.id, added.data.id)).status).toBe(204);
    expect((await removeParticipant(program.id, added.data.id)).status).toBe(404);
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: program.id, action: "program.participant.remove" } });
    expect(event.before).toMatchObject({ participant: { organisationId: refs.unionId, role: "CONSULTED" } });
  });

  it("refuses civil society, analysts and ministries of other countries", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    expect((await addParticipant(program.id, { organisationId: refs.unionId, role: "MONITOR" }, tokens.cso)).status).toBe(403);
    expect((await addParticipant(program.id, { organisationId: refs.unionId, role: "MONITOR" }, tokens.analyst)).status).toBe(403);
    expect((await addParticipant(program.id, { organisationId: refs.unionId, role: "MONITOR" }, tokens.govCl)).status).toBe(403);
    const draft = await register();
    expect((await addParticipant(draft.id, { organisationId: refs.unionId, role: "MONITOR" }, tokens.govCl)).status).toBe(404);
    expect(await participants(program.id)).toHaveLength(1);
  });
});

function attachLink(id: string, body: unknown, token = tokens.govMx) {
  return attachRoute(apiRequest(`/api/v1/programs/${id}/documents`, { token, method: "POST", body }), params({ id }));
}

describe("history", () => {
  it("lists every change to the program, its participants and documents, newest first, to signed-in readers", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    await addParticipant(program.id, { organisationId: refs.iloId, role: "IMPLEMENTER" });
    await attachLink(program.id, { title: "Summary", category: "A02", url: "https://example.org/summary" });
    const response = await historyRoute(apiRequest(`/api/v1/programs/${program.id}/history`, { token: tokens.cso }), params({ id: program.id }));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { action: string }[] };
    expect(data.map((event) => event.action)).toEqual(["program.document.attach", "program.participant.add", "program.create"]);
    expect((await historyRoute(apiRequest(`/api/v1/programs/${program.id}/history`), params({ id: program.id }))).status).toBe(401);
  });
});
