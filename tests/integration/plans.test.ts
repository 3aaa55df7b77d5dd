// Action and remediation plans through /api/v1: drafting within one's country, the review workflow
// with its notifications, measures reported, evidenced and verified, overdue measures around the
// due date, comments that reach the plan's followers, and the audit trail that makes the timeline.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileStorage } from "@/lib/platform/storage/file-storage";
import type { Actor } from "@/lib/platform/authz";
import { listOverdueMeasures } from "@/lib/domain/plans/measures/list-overdue-measures";
import { getPlan } from "@/lib/domain/plans/get-plan";
import { createAgreement, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const plansRoute = await import("@/app/api/v1/plans/route");
const planRoute = await import("@/app/api/v1/plans/[id]/route");
const transitionRoute = await import("@/app/api/v1/plans/[id]/transitions/route");
const reviewRoute = await import("@/app/api/v1/plans/[id]/reviews/route");
const measuresRoute = await import("@/app/api/v1/plans/[id]/measures/route");
const measureRoute = await import("@/app/api/v1/measures/[id]/route");
const reportRoute = await import("@/app/api/v1/measures/[id]/report/route");
const verifyRoute = await import("@/app/api/v1/measures/[id]/verify/route");
const evidenceRoute = await import("@/app/api/v1/measures/[id]/evidence/route");
const timelineRoute = await import("@/app/api/v1/plans/[id]/timeline/route");
const commentsRoute = await import("@/app/api/v1/plans/[id]/comments/route");
const overdueRoute = await import("@/app/api/v1/measures/overdue/route");

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "lct-plan-uploads-"));
process.env.UPLOAD_DIR = uploads;
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

const test = provideTestDatabase();
bindAppDatabase(test);

type Who = "govMx" | "govMx2" | "govUs" | "cso" | "otherCso" | "analyst" | "analyst2" | "admin";
const actors = {} as Record<Who, Actor>;
const tokens = {} as Record<Who, string>;
const refs = {} as { agreementId: string; otherAgreementId: string; programId: string; otherProgramId: string; stpsId: string; unionId: string };

type Json = { data: Record<string, unknown> & { id: string; version: number; status: string }; error?: { code: string; message: string; fieldErrors?: Record<string, string[]> } };
async function call(response: Response) {
  return { status: response.status, body: (response.status === 204 ? {} : await response.json()) as Json };
}

beforeAll(async () => {
  const db = test.db;
  await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const other = await createAgreement(tx, { parties: ["MX", "CL"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const union = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" });
    Object.assign(refs, {
      agreementId: agreement.id,
      otherAgreementId: other.id,
      programId: (await createProgram(tx, { agreementId: agreement.id, visibility: "PUBLISHED" })).id,
      otherProgramId: (await createProgram(tx, { agreementId: other.id, visibility: "PUBLISHED" })).id,
      stpsId: stps.id,
      unionId: union.id,
    });
  });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: refs.stpsId });
  actors.govMx2 = await createActor(db, "GOVERNMENT", { organisationId: refs.stpsId });
  actors.govUs = await createActor(db, "GOVERNMENT", { country: "US" });
  actors.cso = await createActor(db, "CIVIL_SOCIETY", { organisationId: refs.unionId });
  actors.otherCso = await createActor(db, "CIVIL_SOCIETY");
  actors.analyst = await createActor(db, "ANALYST");
  actors.analyst2 = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as Who[]) tokens[key] = await tokenFor(actors[key]);
});

const post = async <P extends Record<string, string>>(route: { POST: (r: Request, c: { params: Promise<P> }) => Promise<Response> }, path: string, id: P, body: unknown, who?: Who) =>
  call(await route.POST(apiRequest(path, { token: who && tokens[who], method: "POST", body }), params(id)));
const createPlan = (body: unknown, who: Who = "govMx") => post(plansRoute, "/api/v1/plans", {}, body, who);
const move = (id: string, body: unknown, who: Who) => post(transitionRoute, `/api/v1/plans/${id}/transitions`, { id }, body, who);
const review = (id: string, body: unknown, who: Who) => post(reviewRoute, `/api/v1/plans/${id}/reviews`, { id }, body, who);
const addMeasure = (id: string, body: unknown, who: Who = "govMx") => post(measuresRoute, `/api/v1/plans/${id}/measures`, { id }, body, who);
const report = (id: string, body: unknown, who: Who) => post(reportRoute, `/api/v1/measures/${id}/report`, { id }, body, who);
const verify = (id: string, version: number, who: Who) => post(verifyRoute, `/api/v1/measures/${id}/verify`, { id }, { version }, who);
const read = async (id: string, who?: Who) => call(await planRoute.GET(apiRequest(`/api/v1/plans/${id}`, { token: who && tokens[who] }), params({ id })));
const version = async (id: string) => (await test.db.plan.findUniqueOrThrow({ where: { id } })).version;
const notificationsOf = (who: Who) => test.db.notification.findMany({ where: { userId: actors[who].id }, orderBy: { createdAt: "asc" } });

const basePlan = () => ({
  kind: "REMEDIATION",
  title: "Remediation of reprisals at a parts plant",
  agreementId: refs.agreementId,
  countryCode: "MX",
  origin: "PUBLIC_SUBMISSION",
  originDetail: "Petition of March 2026.",
  ownerOrganisationId: refs.stpsId,
  objectives: "Organisers reinstated; a free vote held.",
});

describe("drafting", () => {
  it("is for a ministry of the plan's country, with field errors for what does not fit", async () => {
    expect((await createPlan(basePlan(), "cso")).status).toBe(403);
    expect((await createPlan(basePlan(), "analyst")).status).toBe(403);
    expect((await call(await plansRoute.POST(apiRequest("/api/v1/plans", { method: "POST", body: basePlan() }), params({})))).status).toBe(401);
    const foreign = await createPlan({ ...basePlan(), countryCode: "US" });
    expect(foreign.body.error?.fieldErrors?.countryCode?.[0]).toMatch(/your own country/);
    const notParty = await createPlan({ ...basePlan(), countryCode: "CL" }, "admin");
    expect(notParty.body.error?.fieldErrors?.countryCode?.[0]).toMatch(/not a party/);
    const wrongProgram = await createPlan({ ...basePlan(), programId: refs.otherProgramId });
    expect(wrongProgram.body.error?.fieldErrors?.programId?.[0]).toMatch(/another agreement/);
    const missing = await createPlan({ kind: "PLAN", title: "", agreementId: refs.agreementId, countryCode: "MX", origin: "X", ownerOrganisationId: refs.stpsId });
    expect(Object.keys(missing.body.error?.fieldErrors ?? {}).sort()).toEqual(["kind", "origin", "title"]);
    expect(await test.db.plan.count()).toBe(0);
  });

  it("keeps a draft to its ministry, analysts and administrators", async () => {
    const created = await createPlan({ ...basePlan(), programId: refs.programId });
    expect(created.status).toBe(201);
    const id = created.body.data.id;
    expect((await read(id)).status).toBe(404);
    expect((await read(id, "govUs")).status).toBe(404);
    expect((await read(id, "otherCso")).status).toBe(404);
    expect((await read(id, "analyst")).status).toBe(200);
    expect((await read(id, "govMx2")).body.data).toMatchObject({ mayEdit: true, transitions: ["SUBMITTED"] });
    expect(await test.db.follow.count({ where: { userId: actors.govMx.id, entityId: id } })).toBe(1);
  });
});

describe("the review workflow", () => {
  let planId: string;
  const measures: string[] = [];

  it("needs a measure before submission, then tells every analyst, once", async () => {
    planId = (await createPlan(basePlan())).body.data.id;
    const empty = await move(planId, { version: 1, to: "SUBMITTED" }, "govMx");
    expect(empty.status).toBe(409);
    expect(empty.body.error?.message).toMatch(/at least one measure/);

    const badMeasure = await addMeasure(planId, { title: "Reinstate organisers", responsibleOrganisationId: "nope", dueDate: "2026-02-30" });
    expect(Object.keys(badMeasure.body.error?.fieldErrors ?? {}).sort()).toEqual(["dueDate"]);
    const unknownOrganisation = await addMeasure(planId, { title: "Reinstate organisers", responsibleOrganisationId: "nope", dueDate: "2026-05-31" });
    expect(unknownOrganisation.body.error?.fieldErrors?.responsibleOrganisationId?.[0]).toMatch(/no organisation/);
    for (const [title, responsible, due] of [
      ["Reinstate dismissed organisers", refs.stpsId, "2026-05-31"],
      ["Independent report on reprisals", refs.unionId, "2026-06-30"],
    ] as const) {
      const added = await addMeasure(planId, { title, responsibleOrganisationId: responsible, dueDate: due });
      expect(added.status).toBe(201);
      measures.push(added.body.data.id);
    }
    expect((await addMeasure(planId, { title: "Not mine", responsibleOrganisationId: refs.stpsId, dueDate: "2026-05-31" }, "govUs")).status).toBe(404);

    expect((await move(planId, { version: 1, to: "SUBMITTED" }, "govUs")).status).toBe(404);
    expect((await move(planId, { version: 1, to: "SUBMITTED" }, "analyst")).status).toBe(409);
    expect((await move(planId, { version: 9, to: "SUBMITTED" }, "govMx")).status).toBe(409);
    const submitted = await move(planId, { version: 1, to: "SUBMITTED", comment: "Agreed with the union." }, "govMx");
    expect(submitted.status).toBe(200);
    expect(submitted.body.data.status).toBe("SUBMITTED");
    for (const who of ["analyst", "analyst2"] as const) {
      expect((await notificationsOf(who)).filter((n) => n.kind === "PLAN_SUBMITTED" && n.link === `/plans/${planId}`)).toHaveLength(1);
    }
    expect(await notificationsOf("govMx")).toEqual([]);

    // Submitted, the content is frozen for the ministry.
    const frozen = await call(await planRoute.PATCH(apiRequest(`/api/v1/plans/${planId}`, { token: tokens.govMx, method: "PATCH", body: { ...basePlan(), version: 2 } }), params({ id: planId })));
    expect(frozen.status).toBe(409);
    expect((await addMeasure(planId, { title: "Late", responsibleOrganisationId: refs.stpsId, dueDate: "2026-05-31" })).status).toBe(409);
  });

  it("is reviewed by an analyst who takes the plan up, then asks for changes with a comment the owner is told of", async () => {
    expect((await review(planId, { version: 2, decision: "APPROVE", comment: "Fine." }, "analyst")).body.error?.message).toMatch(/cannot become approved/);
    expect((await move(planId, { version: 2, to: "UNDER_REVIEW" }, "govMx")).body.error?.message).toMatch(/Only an analyst/);
    expect((await move(planId, { version: 2, to: "UNDER_REVIEW" }, "analyst")).status).toBe(200);
    expect((await review(planId, { version: 3, decision: "REQUEST_CHANGES", comment: "" }, "analyst")).body.error?.fieldErrors?.comment).toBeDefined();
    expect((await review(planId, { version: 3, decision: "REQUEST_CHANGES", comment: "Add a date." }, "govMx")).status).toBe(403);
    const changes = await review(planId, { version: 3, decision: "REQUEST_CHANGES", comment: "Add the date of the vote." }, "analyst");
    expect(changes.status).toBe(201);
    expect((changes.body.data.plan as { status: string }).status).toBe("CHANGES_REQUESTED");
    // Both users of the owner organisation are told; the analyst who wrote it is not.
    for (const who of ["govMx", "govMx2"] as const) {
      expect((await notificationsOf(who)).filter((n) => n.kind === "PLAN_REVIEWED").map((n) => [n.messageKey, n.messageValues])).toEqual([
        ["planChangesRequested", { plan: expect.any(String), comment: "Add the date of the vote." }],
      ]);
    }
    expect((await notificationsOf("analyst")).filter((n) => n.kind === "PLAN_REVIEWED")).toHaveLength(0);
  });

  it("lets the ministry change and resubmit, and the analyst approve; then the public can read it", async () => {
    const edited = await call(
      await measureRoute.PATCH(
        apiRequest(`/api/v1/measures/${measures[0]}`, { token: tokens.govMx, method: "PATCH", body: { version: 1, title: "Reinstate organisers by the vote", responsibleOrganisationId: refs.stpsId, dueDate: "2026-05-15" } }),
        params({ id: measures[0]! }),
      ),
    );
    expect(edited.status).toBe(200);
    expect((await move(planId, { version: 4, to: "SUBMITTED" }, "govMx")).status).toBe(200);
    // A second submission is a new occurrence: the analysts are told again.
    expect((await notificationsOf("analyst")).filter((n) => n.kind === "PLAN_SUBMITTED" && n.link === `/plans/${planId}`)).toHaveLength(2);
    expect((await move(planId, { version: 5, to: "UNDER_REVIEW" }, "analyst2")).status).toBe(200);
    expect((await review(planId, { version: 6, decision: "APPROVE", comment: "The measures answer every finding." }, "analyst2")).status).toBe(201);
    expect((await read(planId)).body.data.status).toBe("APPROVED");
    expect((await read(planId, "govUs")).status).toBe(200);
  });

  it("is carried out: the responsible organisation reports, evidence is added, an analyst verifies", async () => {
    expect((await report(measures[1]!, { version: 1, status: "MET" }, "cso")).body.error?.message).toMatch(/in progress/);
    expect((await move(planId, { version: await version(planId), to: "IN_PROGRESS" }, "govMx")).status).toBe(200);
    expect((await report(measures[1]!, { version: 1, status: "MET" }, "otherCso")).status).toBe(403);
    expect((await report(measures[1]!, { version: 1, status: "DONE" }, "cso")).status).toBe(400);
    expect((await report(measures[1]!, { version: 1, status: "MET" }, "cso")).status).toBe(200);

    expect((await verify(measures[1]!, 2, "govMx")).status).toBe(403);
    expect((await verify(measures[1]!, 2, "analyst")).body.error?.message).toMatch(/no evidence/);
    const evidence = await post(evidenceRoute, `/api/v1/measures/${measures[1]}/evidence`, { id: measures[1]! }, { title: "Follow-up report", category: "A08", url: "https://example.org/report.pdf" }, "cso");
    expect(evidence.status).toBe(201);
    expect((await post(evidenceRoute, `/api/v1/measures/${measures[1]}/evidence`, { id: measures[1]! }, { title: "X", category: "A08", url: "https://example.org/x" }, "otherCso")).status).toBe(403);
    const verified = await verify(measures[1]!, 2, "analyst");
    expect(verified.status).toBe(200);
    expect(verified.body.data).toMatchObject({ verifiedById: actors.analyst.id });
    expect((await verify(measures[1]!, 3, "analyst")).status).toBe(409);

    // A new status withdraws the verification.
    expect((await report(measures[1]!, { version: 3, status: "PARTIALLY_MET" }, "govMx")).body.data).toMatchObject({ status: "PARTIALLY_MET", verifiedAt: null });
  });

  it("is completed only when every measure has an outcome, and closed by an analyst; then nothing changes", async () => {
    const open = await move(planId, { version: await version(planId), to: "COMPLETED" }, "govMx");
    expect(open.body.error?.message).toMatch(/1 measure is still scheduled/);
    await report(measures[0]!, { version: 2, status: "NOT_MET" }, "govMx");
    expect((await move(planId, { version: await version(planId), to: "COMPLETED" }, "govMx")).status).toBe(200);
    expect((await move(planId, { version: await version(planId), to: "CLOSED" }, "govMx")).status).toBe(409);
    expect((await move(planId, { version: await version(planId), to: "CLOSED" }, "analyst")).status).toBe(200);
    expect((await report(measures[0]!, { version: 3, status: "MET" }, "govMx")).status).toBe(409);
    expect((await call(await planRoute.PATCH(apiRequest(`/api/v1/plans/${planId}`, { token: tokens.admin, method: "PATCH", body: { ...basePlan(), version: await version(planId) } }), params({ id: planId })))).status).toBe(409);
  });

  it("keeps the whole story in the timeline, for signed-in readers", async () => {
    expect((await call(await timelineRoute.GET(apiRequest(`/api/v1/plans/${planId}/timeline`), params({ id: planId })))).status).toBe(401);
    // Read in pages of five, following the cursor.
    const actions: string[] = [];
    let cursor: string | null = null;
    do {
      const timeline = await call(await timelineRoute.GET(apiRequest(`/api/v1/plans/${planId}/timeline?limit=5${cursor ? `&cursor=${cursor}` : ""}`, { token: tokens.govUs }), params({ id: planId })));
      actions.push(...(timeline.body.data as unknown as { action: string }[]).map((event) => event.action));
      cursor = (timeline.body as unknown as { page: { nextCursor: string | null } }).page.nextCursor;
    } while (cursor);
    expect(actions).toEqual([
      "plan.create",
      "measure.create",
      "measure.create",
      "plan.transition",
      "plan.transition",
      "plan.review",
      "measure.update",
      "plan.transition",
      "plan.transition",
      "plan.review",
      "plan.transition",
      "measure.report",
      "measure.evidence.attach",
      "measure.verify",
      "measure.report",
      "measure.report",
      "plan.transition",
      "plan.transition",
    ]);
  });
});

describe("overdue measures", () => {
  it("are those past their due date in UTC and not met, from the day after the due date", async () => {
    const plan = (await createPlan({ ...basePlan(), title: "Inspection plan" })).body.data;
    const due = (await addMeasure(plan.id, { title: "Hire inspectors", responsibleOrganisationId: refs.unionId, dueDate: "2026-03-31" })).body.data;
    await addMeasure(plan.id, { title: "Publish results", responsibleOrganisationId: refs.stpsId, dueDate: "2026-04-30" });
    // A draft's measures are nobody's overdue work yet.
    expect((await listOverdueMeasures(actors.analyst, { limit: 10, offset: 0 }, "2026-04-01")).data.map((m) => m.id)).not.toContain(due.id);
    await move(plan.id, { version: 1, to: "SUBMITTED" }, "govMx");

    const onTheDay = await listOverdueMeasures(actors.analyst, { limit: 10, offset: 0 }, "2026-03-31");
    expect(onTheDay.data.map((m) => m.id)).not.toContain(due.id);
    const dayAfter = await listOverdueMeasures(actors.analyst, { limit: 10, offset: 0 }, "2026-04-01");
    expect(dayAfter.data.find((m) => m.id === due.id)).toMatchObject({ daysOverdue: 1, responsibleOrganisation: { id: refs.unionId } });
    expect((await listOverdueMeasures(actors.cso, { limit: 10, offset: 0, organisationId: refs.unionId }, "2026-04-01")).data.map((m) => m.id)).toEqual([due.id]);
    // Not visible to the public while the plan is only submitted.
    expect((await listOverdueMeasures(null, { limit: 10, offset: 0 }, "2026-04-01")).data.map((m) => m.id)).not.toContain(due.id);

    const flagged = await getPlan(actors.govMx, plan.id, "2026-04-01");
    expect(flagged.measures.map((m) => [m.title, m.overdue])).toEqual([
      ["Hire inspectors", true],
      ["Publish results", false],
    ]);
    // The API answers with the same list, in the caller's scope.
    const api = await call(await overdueRoute.GET(apiRequest("/api/v1/measures/overdue?limit=100", { token: tokens.analyst }), params({})));
    expect(api.status).toBe(200);
  });
});

describe("comments on a plan", () => {
  it("tell the plan's followers, not the author, and make the author a follower", async () => {
    const plan = (await createPlan({ ...basePlan(), title: "Plan to discuss" })).body.data;
    const comment = (who: Who, body: string) => post(commentsRoute, `/api/v1/plans/${plan.id}/comments`, { id: plan.id }, { body }, who);
    expect((await comment("otherCso", "Cannot see it")).status).toBe(404);
    expect((await comment("analyst", "Please add the vote's date.")).status).toBe(201);
    const toAuthor = (await notificationsOf("govMx")).filter((n) => n.kind === "COMMENT" && n.link.startsWith(`/plans/${plan.id}`));
    expect(toAuthor).toHaveLength(1);
    expect(toAuthor[0]).toMatchObject({ messageKey: "comment", messageValues: { author: actors.analyst.name, target: "Plan to discuss", excerpt: "Please add the vote's date." } });
    expect((await notificationsOf("analyst")).filter((n) => n.kind === "COMMENT")).toHaveLength(0);
    // The analyst now follows the plan and hears of the ministry's answer.
    expect((await comment("govMx", "Added.")).status).toBe(201);
    expect((await notificationsOf("analyst")).filter((n) => n.kind === "COMMENT" && n.link.startsWith(`/plans/${plan.id}`))).toHaveLength(1);
  });
});

describe("the plan list", () => {
  it("sorts by the column asked for and refuses an unknown order", async () => {
    const titles = async (query: string) =>
      ((await call(await plansRoute.GET(apiRequest(`/api/v1/plans${query}`, { token: tokens.analyst }), params({})))).body.data as unknown as { title: string }[]).map((plan) => plan.title);
    const ascending = await titles("?sort=title&limit=100");
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    expect(await titles("?sort=-title&limit=100")).toEqual([...ascending].reverse());
    expect((await call(await plansRoute.GET(apiRequest("/api/v1/plans?sort=size", { token: tokens.analyst }), params({})))).status).toBe(400);
  });
});

describe("versioned changes", () => {
  const patchPlan = async (id: string, body: unknown) => call(await planRoute.PATCH(apiRequest(`/api/v1/plans/${id}`, { token: tokens.govMx, method: "PATCH", body }), params({ id })));
  const patchMeasure = async (id: string, body: unknown) => call(await measureRoute.PATCH(apiRequest(`/api/v1/measures/${id}`, { token: tokens.govMx, method: "PATCH", body }), params({ id })));
  const deleteMeasure = async (id: string, seen: number) =>
    call(await measureRoute.DELETE(apiRequest(`/api/v1/measures/${id}?version=${seen}`, { token: tokens.govMx, method: "DELETE" }), params({ id })));
  const eventsOf = (planId: string, action: string) => test.db.auditEvent.findMany({ where: { entityType: "Plan", entityId: planId, action }, orderBy: { at: "asc" }, select: { before: true, after: true } });

  it("refuse an edit or a deletion started from an older version, before any field check, and change nothing", async () => {
    const plan = (await createPlan({ ...basePlan(), title: "Plan edited twice" })).body.data;
    expect((await patchPlan(plan.id, { ...basePlan(), title: "First edit", version: 1 })).status).toBe(200);
    const stale = await patchPlan(plan.id, { ...basePlan(), title: "Lost edit", ownerOrganisationId: "nope", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe("STALE_VERSION");
    expect(await test.db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ title: "First edit", version: 2 });
    expect(await eventsOf(plan.id, "plan.update")).toHaveLength(1);

    const measure = (await addMeasure(plan.id, { title: "Train inspectors", responsibleOrganisationId: refs.stpsId, dueDate: "2026-05-31" })).body.data;
    const body = { title: "Train all inspectors", responsibleOrganisationId: refs.stpsId, dueDate: "2026-05-31" };
    expect((await patchMeasure(measure.id, { ...body, version: 1 })).status).toBe(200);
    expect((await patchMeasure(measure.id, { ...body, title: "Lost edit", version: 1 })).body.error?.code).toBe("STALE_VERSION");
    expect((await deleteMeasure(measure.id, 1)).body.error?.code).toBe("STALE_VERSION");
    expect(await test.db.measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({ title: "Train all inspectors", version: 2 });
    // A document kept with the measure goes with it, and so does its stored file.
    const storageKey = await fileStorage().put(new TextEncoder().encode("evidence"));
    await test.db.document.create({
      data: { measureId: measure.id, title: "Attendance sheet", category: "A07", storageKey, fileName: "sheet.txt", contentType: "text/plain", sizeBytes: 8, checksum: "0".repeat(64) },
    });
    expect((await deleteMeasure(measure.id, 2)).status).toBe(204);
    expect(await test.db.measure.count({ where: { id: measure.id } })).toBe(0);
    expect(await test.db.document.count({ where: { storageKey } })).toBe(0);
    expect(await fileStorage().read(storageKey)).toBeNull();
    expect((await eventsOf(plan.id, "measure.delete")).map((event) => event.before)).toMatchObject([{ measure: { id: measure.id, title: "Train all inspectors", version: 2 } }]);
  });

  it("record a move with the status before and after, and a review with what it decided; a refused move leaves no review", async () => {
    const plan = (await createPlan({ ...basePlan(), title: "Plan moved along" })).body.data;
    await addMeasure(plan.id, { title: "Hold a free vote", responsibleOrganisationId: refs.stpsId, dueDate: "2026-05-31" });
    expect((await move(plan.id, { version: 1, to: "SUBMITTED", comment: "Ready." }, "govMx")).status).toBe(200);
    expect(await eventsOf(plan.id, "plan.transition")).toEqual([{ before: { status: "DRAFT" }, after: { status: "SUBMITTED", comment: "Ready." } }]);

    expect((await review(plan.id, { version: 2, decision: "APPROVE", comment: "Too early." }, "analyst")).status).toBe(409);
    expect((await review(plan.id, { version: 1, decision: "COMMENT", comment: "Stale." }, "analyst")).body.error?.code).toBe("STALE_VERSION");
    expect(await test.db.review.count({ where: { planId: plan.id } })).toBe(0);

    const remark = (await review(plan.id, { version: 2, decision: "COMMENT", comment: "Looking at it." }, "analyst")).body.data as unknown as { review: { id: string } };
    expect((await move(plan.id, { version: 2, to: "UNDER_REVIEW" }, "analyst")).status).toBe(200);
    const stale = await review(plan.id, { version: 2, decision: "APPROVE", comment: "Fine." }, "analyst");
    expect(stale.body.error?.code).toBe("STALE_VERSION");
    const approved = (await review(plan.id, { version: 3, decision: "APPROVE", comment: "Fine." }, "analyst")).body.data as unknown as { review: { id: string } };
    expect(await test.db.review.count({ where: { planId: plan.id } })).toBe(2);
    expect(await eventsOf(plan.id, "plan.review")).toEqual([
      { before: { status: "SUBMITTED" }, after: { status: "SUBMITTED", review: { id: remark.review.id, decision: "COMMENT", comment: "Looking at it." } } },
      { before: { status: "UNDER_REVIEW" }, after: { status: "APPROVED", review: { id: approved.review.id, decision: "APPROVE", comment: "Fine." } } },
    ]);
    expect(await test.db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ status: "APPROVED", version: 4 });
  });
});
