// Publishing a program: the server checks the checklist's blocking items again whatever the page
// showed, through the Publish operation and through an edit that sets the visibility; only those who
// may change the program publish it or return it to draft; each step is audited, and the form's
// action leaves a confirmation for the next page.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { AppError } from "@/lib/platform/errors/app-error";
import { createAgreement, createBudget, createIndicator, createOrganisation, createParticipant, createProvision, createTransaction } from "@/prisma/seed/factories";
import { createActor, contextFor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const session = vi.hoisted(() => ({ actor: null as Actor | null, cookies: new Map<string, string>() }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.actor }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": crypto.randomUUID() }),
  cookies: async () => ({ get: (name: string) => (session.cookies.has(name) ? { name, value: session.cookies.get(name) } : undefined), set: (name: string, value: string) => session.cookies.set(name, value) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createProgram } = await import("@/lib/domain/programs/create-program");
const { updateProgram } = await import("@/lib/domain/programs/update-program");
const { publishProgram, unpublishProgram } = await import("@/lib/domain/programs/publish-program");
const { getPublishChecklist } = await import("@/lib/domain/programs/get-publish-checklist");
const actions = await import("@/lib/domain/programs/actions");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govUs" | "union" | "analyst" | "admin", Actor>;
let agreementId = "";
let provisionId = "";
let unionId = "";
let ilabId = "";

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    return {
      agreement,
      provision: await createProvision(tx, { agreementId: agreement.id }),
      stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
      ilab: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" }),
      union: await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" }),
    };
  });
  agreementId = setup.agreement.id;
  provisionId = setup.provision.id;
  unionId = setup.union.id;
  ilabId = setup.ilab.id;
  actors.govMx = await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govUs = await createActor(test.db, "GOVERNMENT", { organisationId: setup.ilab.id });
  actors.union = await createActor(test.db, "CIVIL_SOCIETY", { organisationId: setup.union.id });
  actors.analyst = await createActor(test.db, "ANALYST");
  actors.admin = await createActor(test.db, "ADMIN");
});

let serial = 0;
/** A draft the Mexican ministry registers: a title and itself as accountable participant, nothing else. */
async function draft(overrides: Record<string, unknown> = {}) {
  return createProgram(contextFor(actors.govMx), {
    agreementId,
    identifier: `MX-STPS-PUB-${(serial += 1)}`,
    title: "Risk-based labour inspection",
    type: "TECHNICAL_COOPERATION",
    expertiseArea: "Labour inspection",
    status: "PIPELINE",
    currencyCode: "USD",
    visibility: "DRAFT",
    ...overrides,
  });
}

const complete = (program: { id: string; version: number }) =>
  updateProgram(contextFor(actors.govMx), program.id, { version: program.version, summary: "Training inspectors in risk-based planning.", plannedStart: "2027-01-01" }, { mode: "merge" });

const stored = (id: string) => test.db.cooperationProgram.findUniqueOrThrow({ where: { id }, select: { visibility: true, publishedAt: true, version: true } });
const audits = (id: string) => test.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" }, select: { action: true, actorId: true, before: true, after: true } });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("publishing a program", () => {
  it("is refused while a required item is missing, naming each one, and changes nothing", async () => {
    const program = await draft();
    const error = await refusal(publishProgram(contextFor(actors.govMx), program.id, program.version));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe("This program cannot be published yet: 2 required items are missing. Complete the checklist on its Publish page.");
    expect(error.fieldErrors).toEqual({
      summary: ["Write a summary of the program before publishing it: it is the description the public reads."],
      plannedStart: ["Enter the planned or actual start date before publishing the program."],
    });
    expect(error.in("es").message).toMatch(/^Este programa aún no puede publicarse: faltan 2 elementos obligatorios/);
    expect(await stored(program.id)).toMatchObject({ visibility: "DRAFT", publishedAt: null, version: 1 });
    expect((await audits(program.id)).map((event) => event.action)).toEqual(["program.create"]);
  });

  it("publishes a complete draft, with the date, a new version and an audit record of the change", async () => {
    const program = await complete(await draft());
    const { blockers } = await getPublishChecklist(actors.govMx, program.id);
    expect(blockers).toEqual([]);
    const published = await publishProgram(contextFor(actors.govMx), program.id, program.version);
    expect(published).toMatchObject({ visibility: "PUBLISHED", version: program.version + 1 });
    expect((await stored(program.id)).publishedAt).not.toBeNull();
    const last = (await audits(program.id)).at(-1)!;
    expect(last).toMatchObject({ action: "program.update", actorId: actors.govMx.id, before: { visibility: "DRAFT" }, after: { visibility: "PUBLISHED" } });
  });

  it("asks a financial assistance program for the provisions, a budget and an indicator", async () => {
    const program = await complete(await draft({ type: "FINANCIAL_ASSISTANCE", expertiseArea: undefined, funderId: ilabId, fundingAmount: "50000" }));
    const error = await refusal(publishProgram(contextFor(actors.govMx), program.id, program.version));
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["provisionIds", "visibility"]);
    expect(error.fieldErrors?.visibility).toEqual([
      "Add at least one budget line before publishing a program whose money is committed or paid out.",
      "Add at least one indicator before publishing a program with money: it shows what the money achieves.",
    ]);
    await test.db.$transaction(async (tx) => {
      await tx.programProvision.create({ data: { programId: program.id, provisionId } });
      await createBudget(tx, { programId: program.id });
      await createIndicator(tx, { programId: program.id });
    });
    await expect(publishProgram(contextFor(actors.govMx), program.id, program.version)).resolves.toMatchObject({ visibility: "PUBLISHED" });
  });

  it("asks any program with money committed for a budget", async () => {
    const program = await complete(await draft());
    await test.db.$transaction((tx) => createTransaction(tx, { programId: program.id, type: "COMMITMENT" }));
    const error = await refusal(publishProgram(contextFor(actors.govMx), program.id, program.version));
    expect(error.message).toMatch(/3 required items are missing/);
  });

  it("is refused through an edit that sets the visibility, the same way, and nothing is stored", async () => {
    const program = await draft();
    const error = await refusal(updateProgram(contextFor(actors.govMx), program.id, { version: program.version, visibility: "PUBLISHED", title: "Renamed" }, { mode: "merge" }));
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["summary", "plannedStart"]);
    expect(await test.db.cooperationProgram.findUniqueOrThrow({ where: { id: program.id }, select: { title: true, visibility: true, version: true } })).toEqual({
      title: "Risk-based labour inspection",
      visibility: "DRAFT",
      version: 1,
    });
    const ready = await complete(program);
    await expect(updateProgram(contextFor(actors.govMx), program.id, { version: ready.version, visibility: "PUBLISHED" }, { mode: "merge" })).resolves.toMatchObject({ visibility: "PUBLISHED" });
  });

  it("is for those who may change the program: its country's ministry and administrators", async () => {
    const program = await complete(await draft());
    // Another country's ministry does not even see the draft; a participant, an analyst may see it but not publish it.
    await test.db.$transaction((tx) => createParticipant(tx, { programId: program.id, organisationId: unionId, role: "CONSULTED" }));
    expect((await refusal(publishProgram(contextFor(actors.govUs), program.id, program.version))).code).toBe("NOT_FOUND");
    expect((await refusal(publishProgram(contextFor(actors.union), program.id, program.version))).code).toBe("FORBIDDEN");
    expect((await refusal(publishProgram(contextFor(actors.analyst), program.id, program.version))).code).toBe("FORBIDDEN");
    expect((await refusal(publishProgram(contextFor(null), program.id, program.version))).code).toBe("UNAUTHENTICATED");
    expect((await stored(program.id)).visibility).toBe("DRAFT");
    await expect(publishProgram(contextFor(actors.admin), program.id, program.version)).resolves.toMatchObject({ visibility: "PUBLISHED" });
    // Published, another country's ministry sees it, and is told it is not theirs.
    const published = await stored(program.id);
    expect((await refusal(unpublishProgram(contextFor(actors.govUs), program.id, published.version))).code).toBe("FORBIDDEN");
  });

  it("refuses a stale version and a program already published", async () => {
    const program = await complete(await draft());
    expect((await refusal(publishProgram(contextFor(actors.govMx), program.id, program.version - 1))).code).toBe("STALE_VERSION");
    const published = await publishProgram(contextFor(actors.govMx), program.id, program.version);
    const again = await refusal(publishProgram(contextFor(actors.govMx), program.id, published.version));
    expect([again.code, again.message]).toEqual(["CONFLICT", "This program is already published."]);
    expect((await refusal(publishProgram(contextFor(actors.govMx), program.id, "not a number"))).code).toBe("INVALID_INPUT");
  });
});

describe("returning a program to draft", () => {
  it("hides it from the public again, audited, and is refused for a draft", async () => {
    const ready = await complete(await draft());
    const published = await publishProgram(contextFor(actors.govMx), ready.id, ready.version);
    const draftAgain = await unpublishProgram(contextFor(actors.govMx), ready.id, published.version);
    expect(draftAgain).toMatchObject({ visibility: "DRAFT", version: published.version + 1 });
    expect((await stored(ready.id)).publishedAt).toBeNull();
    expect((await audits(ready.id)).at(-1)).toMatchObject({ action: "program.update", before: { visibility: "PUBLISHED" }, after: { visibility: "DRAFT" } });
    const error = await refusal(unpublishProgram(contextFor(actors.govMx), ready.id, draftAgain.version));
    expect([error.code, error.message]).toEqual(["CONFLICT", "This program is already a draft."]);
  });
});

describe("the forms' confirmations", () => {
  const IDLE = { status: "idle" } as const;
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };
  /** Runs an action as gov.mx; one that succeeds redirects (Next's redirect is an error with a digest). */
  async function submit(action: (state: typeof IDLE, data: FormData) => Promise<unknown>, fields: Record<string, string>) {
    session.actor = actors.govMx;
    session.cookies.clear();
    try {
      return { state: await action(IDLE, form(fields)) };
    } catch (error) {
      return { redirected: String((error as { digest?: string }).digest) };
    } finally {
      session.actor = null;
    }
  }

  it("leaves “Program published.” for the program's page, and the refusal on the form when it is not ready", async () => {
    const incomplete = await draft();
    const refused = await submit(actions.publishProgramAction, { id: incomplete.id, version: String(incomplete.version) });
    expect(refused.state).toMatchObject({ status: "error", fieldErrors: { summary: [expect.stringMatching(/summary/)] } });
    expect(session.cookies.has("flash")).toBe(false);

    const ready = await complete(await draft());
    const done = await submit(actions.publishProgramAction, { id: ready.id, version: String(ready.version) });
    expect(done.redirected).toContain(`/programs/${ready.id}`);
    expect(JSON.parse(session.cookies.get("flash")!)).toEqual({ key: "programPublished" });
  });

  it("says whether a program was registered as a draft or published", async () => {
    const fields = (visibility: string) => ({
      agreementId,
      identifier: `MX-STPS-FORM-${(serial += 1)}`,
      title: "Registered through the form",
      type: "TECHNICAL_COOPERATION",
      expertiseArea: "Labour inspection",
      status: "PIPELINE",
      currencyCode: "USD",
      visibility,
    });
    const drafted = await submit(actions.createProgramAction, fields("DRAFT"));
    expect(drafted.redirected, JSON.stringify(drafted)).toContain("/programs/");
    expect(JSON.parse(session.cookies.get("flash")!)).toEqual({ key: "draftCreated" });
    await submit(actions.createProgramAction, fields("PUBLISHED"));
    expect(JSON.parse(session.cookies.get("flash")!)).toEqual({ key: "programCreated" });
  });

  it("leaves “Draft “X” deleted.” with the deleted draft's title", async () => {
    const program = await draft({ title: "A draft to delete" });
    const done = await submit(actions.deleteProgramAction, { id: program.id, version: String(program.version) });
    expect(done.redirected).toContain("/programs");
    expect(JSON.parse(session.cookies.get("flash")!)).toEqual({ key: "draftDeleted", title: "A draft to delete" });
  });
});
