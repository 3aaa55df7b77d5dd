// "My work", where a signed-in user lands: each role sees its own work, from the domain's scoped
// queries, and nothing of another role's or another country's or organisation's.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { loadMyWork } from "@/lib/domain/my-work/load-my-work";
import { createAgreement, createIndicator, createMeasure, createOrganisation, createPlan, createProgram, createUser } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govUs" | "analyst" | "cso" | "otherCso" | "admin", Actor>;
const ids = {} as Record<"mxDraft" | "usDraft" | "overdueProgram" | "submittedPlan" | "draftPlan" | "overdueMeasure" | "request" | "otherRequest" | "invited" | "joined", string>;

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const dol = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" });
    const base = { agreementId: agreement.id };
    const mxDraft = await createProgram(tx, { ...base, reportingOrganisationId: stps.id, title: "Mexican draft", visibility: "DRAFT" });
    const usDraft = await createProgram(tx, { ...base, reportingOrganisationId: dol.id, title: "US draft", visibility: "DRAFT" });
    const overdueProgram = await createProgram(tx, {
      ...base,
      reportingOrganisationId: stps.id,
      title: "Inspection with a late report",
      visibility: "PUBLISHED",
      participants: { create: [{ organisationId: stps.id, role: "ACCOUNTABLE" }] },
    });
    await createIndicator(tx, { programId: overdueProgram.id, title: "Inspections", periods: [{ periodStart: new Date("2024-01-01"), periodEnd: new Date("2024-12-31"), dueDate: new Date("2025-01-31"), targetValue: "10" }] });
    const submittedPlan = await createPlan(tx, { ...base, countryCode: "MX", ownerOrganisationId: stps.id, title: "Submitted plan", status: "SUBMITTED", submittedAt: new Date("2026-01-05") });
    const draftPlan = await createPlan(tx, { ...base, countryCode: "MX", ownerOrganisationId: stps.id, title: "Draft plan" });
    const approvedPlan = await createPlan(tx, { ...base, countryCode: "MX", ownerOrganisationId: stps.id, title: "Approved plan", status: "APPROVED" });
    const overdueMeasure = await createMeasure(tx, { planId: approvedPlan.id, responsibleOrganisationId: stps.id, title: "Late measure", dueDate: new Date("2025-02-01") });
    return { stps, dol, mxDraft, usDraft, overdueProgram, submittedPlan, draftPlan, overdueMeasure };
  });
  Object.assign(ids, { mxDraft: setup.mxDraft.id, usDraft: setup.usDraft.id, overdueProgram: setup.overdueProgram.id, submittedPlan: setup.submittedPlan.id, draftPlan: setup.draftPlan.id, overdueMeasure: setup.overdueMeasure.id });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govUs = await createActor(db, "GOVERNMENT", { organisationId: setup.dol.id });
  actors.analyst = await createActor(db, "ANALYST");
  actors.cso = await createActor(db, "CIVIL_SOCIETY");
  actors.otherCso = await createActor(db, "CIVIL_SOCIETY");
  actors.admin = await createActor(db, "ADMIN");
  const request = (actor: Actor) =>
    db.participationRequest.create({ data: { programId: setup.overdueProgram.id, organisationId: actor.organisationId, role: "MONITOR", requestedById: actor.id } });
  ids.request = (await request(actors.cso)).id;
  ids.otherRequest = (await request(actors.otherCso)).id;
  const invited = await db.$transaction((tx) => createUser(tx, { role: "GOVERNMENT", organisationId: setup.stps.id }));
  const joined = await db.$transaction((tx) => createUser(tx, { role: "GOVERNMENT", organisationId: setup.stps.id }));
  const link = (userId: string, data: object) => db.passwordLink.create({ data: { purpose: "INVITATION", userId, tokenHash: `hash-${userId}-${Math.random()}`, expiresAt: new Date(Date.now() + 86_400_000), ...data } });
  await link(invited.id, {});
  await link(joined.id, { usedAt: new Date() });
  await link(joined.id, { expiresAt: new Date(Date.now() - 1000) });
  ids.invited = invited.id;
  ids.joined = joined.id;
});

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);

describe("My work", () => {
  it("gives a ministry its country's draft programs and its organisation's overdue reports and measures, and nothing else", async () => {
    const work = await loadMyWork(actors.govMx);
    if (work.role !== "GOVERNMENT") throw new Error(work.role);
    expect(idsOf(work.drafts.data)).toEqual([ids.mxDraft]);
    expect(work.drafts.total).toBe(1);
    expect(idsOf(work.overdueReports.data)).toEqual([ids.overdueProgram]);
    expect(idsOf(work.overdueMeasures.data)).toEqual([ids.overdueMeasure]);
    expect(Object.keys(work).sort()).toEqual(["drafts", "overdueMeasures", "overdueReports", "role"]);
  });

  it("gives another country's ministry only its own", async () => {
    const work = await loadMyWork(actors.govUs);
    if (work.role !== "GOVERNMENT") throw new Error(work.role);
    expect(idsOf(work.drafts.data)).toEqual([ids.usDraft]);
    expect(work.overdueReports.total).toBe(0);
    expect(work.overdueMeasures.total).toBe(0);
  });

  it("gives an analyst the plans awaiting review, not the drafts", async () => {
    const work = await loadMyWork(actors.analyst);
    if (work.role !== "ANALYST") throw new Error(work.role);
    expect(idsOf(work.reviewQueue.data)).toEqual([ids.submittedPlan]);
    expect(Object.keys(work).sort()).toEqual(["reviewQueue", "role"]);
  });

  it("gives a civil-society organisation its own requests to take part, not another's", async () => {
    const work = await loadMyWork(actors.cso);
    if (work.role !== "CIVIL_SOCIETY") throw new Error(work.role);
    expect(idsOf(work.requests.made)).toEqual([ids.request]);
    expect(work.measureCount).toBe(0);
  });

  it("gives an administrator the invitations not yet taken up and the latest activity", async () => {
    const work = await loadMyWork(actors.admin);
    if (work.role !== "ADMIN") throw new Error(work.role);
    expect(work.invitations.data.map((invitation) => invitation.user.id)).toEqual([ids.invited]);
    expect(work.invitations.total).toBe(1);
    expect(work.activity.data.length).toBeLessThanOrEqual(5);
  });
});
