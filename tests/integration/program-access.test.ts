import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createOrganisation } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { provideTestDatabase, bindAppDatabase } from "./helpers/test-database";

// No session cookie in these requests: callers are anonymous unless they send a token.
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listRoute } = await import("@/app/api/v1/programs/route");
const { GET: getRoute, PATCH: patchRoute } = await import("@/app/api/v1/programs/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

type Program = { id: string; version: number };
const programs = {} as Record<"mxDraft" | "usDraft" | "usPublished" | "unionDraft", Program>;
const actors = {} as Record<"govMx" | "govUs" | "cso" | "otherCso" | "analyst" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;

beforeAll(async () => {
  const db = test.db;
  // Factories take a transaction client; run them inside one.
  const setup = await db.$transaction(async (tx) => {
    const agr = await createAgreement(tx, { parties: ["MX", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const ilab = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" });
    const union = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" });
    const make = async (title: string, visibility: "DRAFT" | "PUBLISHED", organisationId: string) =>
      tx.cooperationProgram.create({
        data: {
          agreementId: agr.id,
          reportingOrganisationId: organisationId,
          identifier: `XM-TEST-${crypto.randomUUID()}`,
          title,
          type: "TECHNICAL_COOPERATION",
          expertiseArea: "Labour inspection",
          status: "IMPLEMENTATION",
          currencyCode: "USD",
          visibility,
          participants: { create: [{ organisationId, role: "ACCOUNTABLE" }] },
        },
        select: { id: true, version: true },
      });
    return {
      stps,
      ilab,
      union,
      mxDraft: await make("Mexican draft", "DRAFT", stps.id),
      usDraft: await make("United States draft", "DRAFT", ilab.id),
      usPublished: await make("United States published", "PUBLISHED", ilab.id),
      unionDraft: await make("Union draft", "DRAFT", union.id),
    };
  });
  Object.assign(programs, { mxDraft: setup.mxDraft, usDraft: setup.usDraft, usPublished: setup.usPublished, unionDraft: setup.unionDraft });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govUs = await createActor(db, "GOVERNMENT", { organisationId: setup.ilab.id });
  actors.cso = await createActor(db, "CIVIL_SOCIETY", { organisationId: setup.union.id });
  actors.otherCso = await createActor(db, "CIVIL_SOCIETY");
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

async function visibleTitles(token?: string) {
  const response = await listRoute(apiRequest("/api/v1/programs?limit=100", { token }), params({}));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { title: string }[] };
  return body.data.map((program) => program.title).sort();
}

async function readProgram(id: string) {
  return test.db.cooperationProgram.findUniqueOrThrow({ where: { id }, select: { title: true, version: true, visibility: true } });
}

function patch(id: string, body: unknown, token?: string) {
  return patchRoute(apiRequest(`/api/v1/programs/${id}`, { token, method: "PATCH", body }), params({ id }));
}

describe("reading programs", () => {
  it("shows anonymous visitors only published programs, and a draft is not found", async () => {
    expect(await visibleTitles()).toEqual(["United States published"]);
    const response = await getRoute(apiRequest(`/api/v1/programs/${programs.mxDraft.id}`), params({ id: programs.mxDraft.id }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("shows a GOVERNMENT user the drafts of their own country, not another's", async () => {
    expect(await visibleTitles(tokens.govMx)).toEqual(["Mexican draft", "Union draft", "United States published"]);
    expect(await visibleTitles(tokens.govUs)).toEqual(["United States draft", "United States published"]);
  });

  it("shows a CIVIL_SOCIETY user the drafts their organisation takes part in only", async () => {
    expect(await visibleTitles(tokens.cso)).toEqual(["Union draft", "United States published"]);
    expect(await visibleTitles(tokens.otherCso)).toEqual(["United States published"]);
  });

  it("shows ANALYST and ADMIN everything, drafts included", async () => {
    const all = ["Mexican draft", "Union draft", "United States draft", "United States published"];
    expect(await visibleTitles(tokens.analyst)).toEqual(all);
    expect(await visibleTitles(tokens.admin)).toEqual(all);
  });

  it("refuses an invalid token instead of treating the caller as anonymous", async () => {
    const response = await listRoute(apiRequest("/api/v1/programs", { token: "lct_not-a-real-token" }), params({}));
    expect(response.status).toBe(401);
  });
});

describe("changing programs", () => {
  it("lets a GOVERNMENT user edit their own country's program, recording version and audit", async () => {
    const before = await readProgram(programs.mxDraft.id);
    const response = await patch(programs.mxDraft.id, { version: before.version, title: "Mexican draft, revised" }, tokens.govMx);
    expect(response.status).toBe(200);
    const after = await readProgram(programs.mxDraft.id);
    expect(after).toMatchObject({ title: "Mexican draft, revised", version: before.version + 1 });
    const audit = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: programs.mxDraft.id, action: "program.update" } });
    expect(audit.actorId).toBe(actors.govMx.id);
    expect(audit.before).toMatchObject({ title: "Mexican draft" });
    expect(audit.after).toMatchObject({ title: "Mexican draft, revised" });
    expect(audit.requestId).toMatch(/^test-/);
    await patch(programs.mxDraft.id, { version: after.version, title: "Mexican draft" }, tokens.govMx);
  });

  it("refuses a GOVERNMENT user another country's draft as not found, changing nothing", async () => {
    const before = await readProgram(programs.usDraft.id);
    const response = await patch(programs.usDraft.id, { version: before.version, title: "Taken over" }, tokens.govMx);
    expect(response.status).toBe(404);
    expect(await readProgram(programs.usDraft.id)).toEqual(before);
  });

  it("refuses a GOVERNMENT user another country's published program with 403, changing nothing", async () => {
    const before = await readProgram(programs.usPublished.id);
    const response = await patch(programs.usPublished.id, { version: before.version, visibility: "DRAFT" }, tokens.govMx);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect(await readProgram(programs.usPublished.id)).toEqual(before);
  });

  it("refuses CIVIL_SOCIETY and ANALYST edits, even of programs they can read", async () => {
    const before = await readProgram(programs.unionDraft.id);
    for (const token of [tokens.cso, tokens.analyst]) {
      const response = await patch(programs.unionDraft.id, { version: before.version, title: "Edited" }, token);
      expect(response.status).toBe(403);
    }
    expect(await readProgram(programs.unionDraft.id)).toEqual(before);
  });

  it("refuses anonymous edits with 401", async () => {
    const before = await readProgram(programs.usPublished.id);
    const response = await patch(programs.usPublished.id, { version: before.version, title: "Edited" });
    expect(response.status).toBe(401);
    expect(await readProgram(programs.usPublished.id)).toEqual(before);
  });

  it("lets an ADMIN edit any program", async () => {
    const before = await readProgram(programs.usDraft.id);
    const response = await patch(programs.usDraft.id, { version: before.version, summary: "Checked by the administrator." }, tokens.admin);
    expect(response.status).toBe(200);
    expect((await readProgram(programs.usDraft.id)).version).toBe(before.version + 1);
  });

  it("refuses a stale version with 409 and keeps the newer change", async () => {
    const current = await readProgram(programs.mxDraft.id);
    const first = await patch(programs.mxDraft.id, { version: current.version, title: "First edit" }, tokens.govMx);
    expect(first.status).toBe(200);
    const second = await patch(programs.mxDraft.id, { version: current.version, title: "Second edit" }, tokens.admin);
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: "STALE_VERSION" } });
    expect((await readProgram(programs.mxDraft.id)).title).toBe("First edit");
  });

  it("answers malformed and invalid bodies with 400 and field errors, never 500", async () => {
    const { version } = await readProgram(programs.mxDraft.id);
    const malformed = await patch(programs.mxDraft.id, "{not json", tokens.govMx);
    expect(malformed.status).toBe(400);
    const invalid = await patch(programs.mxDraft.id, { version, title: "x", visibility: "SECRET", owner: "me" }, tokens.govMx);
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(Object.keys(body.error.fieldErrors)).toEqual(expect.arrayContaining(["title", "visibility"]));
    expect((await readProgram(programs.mxDraft.id)).version).toBe(version);
  });

  it("answers NUL characters in ids, cursors and bodies with 4xx, never 500", async () => {
    const { version } = await readProgram(programs.mxDraft.id);
    const badId = await getRoute(apiRequest("/api/v1/programs/x%00"), params({ id: "x\u0000" }));
    expect(badId.status).toBe(404);
    const badCursor = await listRoute(apiRequest("/api/v1/programs?cursor=%00abc"), params({}));
    expect(badCursor.status).toBe(400);
    const nulTitle = await patch(programs.mxDraft.id, { version, title: "Nul \u0000 title" }, tokens.govMx);
    expect(nulTitle.status).toBe(400);
    expect(await nulTitle.json()).toMatchObject({ error: { code: "INVALID_INPUT" } });
    expect((await readProgram(programs.mxDraft.id)).version).toBe(version);
  });
});
