// Public submissions through /api/v1/submissions: a union drafts and files one with its name
// withheld, the contact point's ministry acknowledges, accepts, reviews and reports, a plan follows
// a recommendation; every move allowed and refused for every role; and what is withheld never
// reaches a reader who may not see it, in the list, the record, the timeline, a file's download or
// a search.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createInstitution, createMeeting, createOrganisation, createPlan, createProgram, createProvision } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "lct-submission-uploads-"));
process.env.UPLOAD_DIR = uploads;
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

const listRoute = await import("@/app/api/v1/submissions/route");
const itemRoute = await import("@/app/api/v1/submissions/[id]/route");
const transitionsRoute = await import("@/app/api/v1/submissions/[id]/transitions/route");
const hearingsRoute = await import("@/app/api/v1/submissions/[id]/hearings/route");
const followUpsRoute = await import("@/app/api/v1/submissions/[id]/follow-ups/route");
const documentsRoute = await import("@/app/api/v1/submissions/[id]/documents/route");
const timelineRoute = await import("@/app/api/v1/submissions/[id]/timeline/route");
const downloadRoute = await import("@/app/api/v1/documents/[id]/file/route");
const iatiRoute = await import("@/app/api/v1/iati/activities.xml/route");

const test = provideTestDatabase();
bindAppDatabase(test);

/** The union files with the US contact point about Mexico; `partner` co-submits; `stranger` is another union. */
type Who = "admin" | "analyst" | "govUs" | "govMx" | "union" | "partner" | "stranger";
const WHO: Who[] = ["admin", "analyst", "govUs", "govMx", "union", "partner", "stranger"];
const actors = {} as Record<Who, Actor>;
const tokens = {} as Record<Who, string>;
const refs = {} as { agreement: string; other: string; provision: string; otherProvision: string; usPoint: string; mxPoint: string; council: string; meeting: string; privateMeeting: string; otherMeeting: string; plan: string; otherPlan: string };
const UNION = "Sindicato Independiente de Trabajadores del Ensamble";

beforeAll(async () => {
  const db = test.db;
  await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const other = await createAgreement(tx, { parties: ["MX", "CA"] });
    const provision = await createProvision(tx, { agreementId: agreement.id, article: "Art. 23.3", category: "OBLIGATIONS", topic: "FREEDOM_OF_ASSOCIATION", title: "Labour rights", text: "Text." });
    const otherProvision = await createProvision(tx, { agreementId: other.id, article: "Art. 1", category: "OBLIGATIONS", topic: "FORCED_LABOUR", title: "Other", text: "Text." });
    const usPoint = await createInstitution(tx, { agreementId: agreement.id, kind: "CONTACT_POINT", name: "US contact point", countryCode: "US" });
    const mxPoint = await createInstitution(tx, { agreementId: agreement.id, kind: "CONTACT_POINT", name: "MX contact point", countryCode: "MX" });
    const council = await createInstitution(tx, { agreementId: agreement.id, kind: "MINISTERIAL_COUNCIL", name: "Labour council" });
    const otherCouncil = await createInstitution(tx, { agreementId: other.id, kind: "MINISTERIAL_COUNCIL", name: "Other council" });
    const meeting = await createMeeting(tx, { institutionId: council.id, date: new Date("2026-03-02"), place: "Monterrey", isPublic: true });
    const privateMeeting = await createMeeting(tx, { institutionId: council.id, date: new Date("2026-03-09"), place: "Closed session", isPublic: false });
    const otherMeeting = await createMeeting(tx, { institutionId: otherCouncil.id, date: new Date("2026-03-03"), place: "Ottawa", isPublic: true });
    Object.assign(refs, {
      agreement: agreement.id,
      other: other.id,
      provision: provision.id,
      otherProvision: otherProvision.id,
      usPoint: usPoint.id,
      mxPoint: mxPoint.id,
      council: council.id,
      meeting: meeting.id,
      privateMeeting: privateMeeting.id,
      otherMeeting: otherMeeting.id,
    });
  });
  const union = await createOrganisation(db, { name: UNION, kind: "WORKERS_ORGANISATION", countryCode: "MX" });
  actors.admin = await createActor(db, "ADMIN");
  actors.analyst = await createActor(db, "ANALYST");
  actors.govUs = await createActor(db, "GOVERNMENT", { country: "US" });
  actors.govMx = await createActor(db, "GOVERNMENT", { country: "MX" });
  actors.union = await createActor(db, "CIVIL_SOCIETY", { organisationId: union.id });
  actors.partner = await createActor(db, "CIVIL_SOCIETY", { country: "US" });
  actors.stranger = await createActor(db, "CIVIL_SOCIETY", { country: "MX" });
  for (const who of WHO) tokens[who] = await tokenFor(actors[who]);
  refs.plan = (await createPlan(db, { agreementId: refs.agreement, countryCode: "MX", ownerOrganisationId: actors.govMx.organisationId, kind: "REMEDIATION", origin: "PUBLIC_SUBMISSION", status: "APPROVED", title: "Remediation at the assembly plant" })).id;
  // A published program, so that the register's IATI file has an activity.
  await createProgram(db, { agreementId: refs.agreement, reportingOrganisationId: actors.govMx.organisationId, visibility: "PUBLISHED", title: "Labour inspection training" });
  refs.otherPlan = (await createPlan(db, { agreementId: refs.other, countryCode: "MX", ownerOrganisationId: actors.govMx.organisationId, status: "APPROVED" })).id;
});

type Submission = {
  id: string;
  version: number;
  status: string;
  organisation: { name: string } | null;
  organisationId: string | null;
  coSubmitters: { organisation: { name: string } }[];
  documents: { id: string; title: string }[];
  withheld: { identity: boolean; coSubmitters: number; documents: number };
  decisionDueOn: string | null;
  reportDueOn: string | null;
  recommendations: { id: string; position: number; text: string; followUps: { plan: { id: string } | null }[] }[];
  hearings: { kind: string; meeting: { id: string } }[];
};
type Body = { data: Submission & Submission[] & { id: string }; total: number; error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };

async function call(response: Response) {
  const text = response.status === 204 ? "{}" : await response.text();
  return { status: response.status, body: JSON.parse(text) as Body, text };
}
const token = (who?: Who) => (who ? tokens[who] : undefined);
const list = async (query: string, who?: Who) => call(await listRoute.GET(apiRequest(`/api/v1/submissions${query}`, { token: token(who) }), params({})));
const create = async (body: unknown, who?: Who) => call(await listRoute.POST(apiRequest("/api/v1/submissions", { token: token(who), method: "POST", body }), params({})));
const read = async (id: string, who?: Who) => call(await itemRoute.GET(apiRequest(`/api/v1/submissions/${id}`, { token: token(who) }), params({ id })));
const update = async (id: string, body: unknown, who?: Who) => call(await itemRoute.PATCH(apiRequest(`/api/v1/submissions/${id}`, { token: token(who), method: "PATCH", body }), params({ id })));
const move = async (id: string, body: Record<string, unknown>, who?: Who) =>
  call(await transitionsRoute.POST(apiRequest(`/api/v1/submissions/${id}/transitions`, { token: token(who), method: "POST", body }), params({ id })));
const hearing = async (id: string, body: unknown, who?: Who) => call(await hearingsRoute.POST(apiRequest(`/api/v1/submissions/${id}/hearings`, { token: token(who), method: "POST", body }), params({ id })));
const followUp = async (id: string, body: unknown, who?: Who) => call(await followUpsRoute.POST(apiRequest(`/api/v1/submissions/${id}/follow-ups`, { token: token(who), method: "POST", body }), params({ id })));
const attach = async (id: string, body: unknown, who?: Who) => call(await documentsRoute.POST(apiRequest(`/api/v1/submissions/${id}/documents`, { token: token(who), method: "POST", body }), params({ id })));
const timeline = async (id: string, who?: Who) => call(await timelineRoute.GET(apiRequest(`/api/v1/submissions/${id}/timeline`, { token: token(who) }), params({ id })));

const draft = (overrides: Record<string, unknown> = {}) => ({
  agreementId: refs.agreement,
  concernsCountryCode: "MX",
  contactPointId: refs.usPoint,
  title: "Dismissals after a union vote at an assembly plant",
  summary: "Workers who voted for an independent union were dismissed.",
  facts: "On 3 February, 40 workers were dismissed.",
  request: "Review whether Mexico enforces its laws on freedom of association.",
  topics: ["FREEDOM_OF_ASSOCIATION"],
  provisionIds: [refs.provision],
  identityWithheld: true,
  coSubmitters: [{ organisationId: actors.partner.organisationId, identityWithheld: false }],
  ...overrides,
});

/** Drafts, then files, a submission as the union: its id and version once filed. */
async function filed(overrides: Record<string, unknown> = {}) {
  const created = await create(draft(overrides), "union");
  expect(created.status, created.text).toBe(201);
  const moved = await move(created.body.data.id, { version: created.body.data.version, to: "FILED" }, "union");
  expect(moved.status, moved.text).toBe(200);
  return moved.body.data;
}

/** A submission brought to `status` by the people whose move each step is. */
async function at(status: "ACKNOWLEDGED" | "ACCEPTED" | "UNDER_REVIEW" | "REPORTED", overrides: Record<string, unknown> = {}) {
  let submission = await filed(overrides);
  const steps: Record<string, unknown>[] = [
    { to: "ACKNOWLEDGED" },
    { to: "ACCEPTED" },
    { to: "UNDER_REVIEW" },
    { to: "REPORTED", findings: "The dismissals were not remedied.", recommendations: ["Reinstate the workers.", "Train inspectors."] },
  ];
  for (const step of steps) {
    const moved = await move(submission.id, { version: submission.version, ...step }, "govUs");
    expect(moved.status, moved.text).toBe(200);
    submission = moved.body.data;
    if (step.to === status) break;
  }
  return submission;
}

describe("filing a submission", () => {
  it("drafts it for the user's own organisation, visible only to it (and to analysts and administrators) until filed", async () => {
    const created = await create(draft(), "union");
    expect(created.status, created.text).toBe(201);
    const { id } = created.body.data;
    expect(created.body.data.status).toBe("DRAFT");
    for (const who of ["union", "admin", "analyst"] as const) expect((await read(id, who)).status, who).toBe(200);
    for (const who of [undefined, "govUs", "govMx", "stranger", "partner"] as const) expect((await read(id, who)).status, who ?? "anonymous").toBe(404);
    expect((await list(`?agreement=${refs.agreement}&status=DRAFT`)).body.data.map((row) => row.id)).not.toContain(id);
  });

  it("is refused to every role but civil society, and checks the agreement, party, contact point and provisions field by field", async () => {
    for (const who of ["admin", "analyst", "govUs"] as const) expect((await create(draft(), who)).status, who).toBe(403);
    expect((await create(draft())).status).toBe(401);
    const wrong = await create(draft({ concernsCountryCode: "CA", contactPointId: refs.council, provisionIds: [refs.otherProvision], coSubmitters: [{ organisationId: actors.union.organisationId }] }), "union");
    expect(wrong.status, wrong.text).toBe(400);
    expect(Object.keys(wrong.body.error.fieldErrors ?? {}).sort()).toEqual(["coSubmitters", "concernsCountryCode", "contactPointId", "provisionIds"]);
    const blank = await create({ ...draft(), title: "", summary: "" }, "union");
    expect(Object.keys(blank.body.error.fieldErrors ?? {}).sort()).toEqual(["summary", "title"]);
    const ministry = await create(draft({ coSubmitters: [{ organisationId: actors.govMx.organisationId }] }), "union");
    expect(ministry.body.error.fieldErrors?.coSubmitters).toHaveLength(1);
  });

  it("lets only its organisation edit the draft, and only while it is a draft", async () => {
    const created = (await create(draft(), "union")).body.data;
    for (const who of ["partner", "stranger", "govUs", "admin"] as const) expect((await update(created.id, { ...draft(), version: created.version }, who)).status, who).toBeOneOf([403, 404]);
    const edited = await update(created.id, { ...draft({ title: "Dismissals after a vote" }), version: created.version }, "union");
    expect(edited.status, edited.text).toBe(200);
    expect((await update(created.id, { ...draft(), version: created.version }, "union")).status).toBe(409);
    const moved = await move(created.id, { version: edited.body.data.version, to: "FILED" }, "union");
    expect(moved.status, moved.text).toBe(200);
    const late = await update(created.id, { ...draft(), version: moved.body.data.version }, "union");
    expect(late.status, late.text).toBe(409);
  });

  it("is filed by its organisation only, with the decision due the agreement's days later, and tells the contact point's ministry", async () => {
    const created = (await create(draft(), "union")).body.data;
    for (const who of ["partner", "admin", "govUs"] as const) expect((await move(created.id, { version: created.version, to: "FILED" }, who)).status, who).toBeOneOf([403, 404]);
    expect((await move(created.id, { version: created.version, to: "FILED" })).status).toBe(401);
    const moved = await move(created.id, { version: created.version, to: "FILED" }, "union");
    expect(moved.status, moved.text).toBe(200);
    const filedAt = new Date();
    const due = new Date(Date.UTC(filedAt.getUTCFullYear(), filedAt.getUTCMonth(), filedAt.getUTCDate() + 60)).toISOString().slice(0, 10);
    expect(moved.body.data.decisionDueOn?.slice(0, 10)).toBe(due);
    const told = await test.db.notification.findMany({ where: { link: `/submissions/${created.id}` }, select: { userId: true, kind: true } });
    expect(told).toEqual([{ userId: actors.govUs.id, kind: "SUBMISSION_FILED" }]);
  });

  it("cannot be filed without a provision or topic", async () => {
    const created = (await create(draft({ topics: [], provisionIds: [] }), "union")).body.data;
    const moved = await move(created.id, { version: created.version, to: "FILED" }, "union");
    expect(moved.status, moved.text).toBe(409);
  });
});

describe("handling a submission", () => {
  it("allows each of the contact point's moves to its ministry and administrators, and refuses everyone else", async () => {
    for (const [from, step] of [
      ["FILED", { to: "ACKNOWLEDGED" }],
      ["ACKNOWLEDGED", { to: "ACCEPTED" }],
      ["ACKNOWLEDGED", { to: "DECLINED", reason: "The facts concern a matter already settled by a court." }],
      ["ACCEPTED", { to: "UNDER_REVIEW" }],
      ["UNDER_REVIEW", { to: "REPORTED", findings: "Findings.", recommendations: ["One."] }],
      ["REPORTED", { to: "CLOSED" }],
    ] as const) {
      const submission = from === "FILED" ? await filed() : await at(from);
      for (const who of ["govMx", "analyst", "union", "partner", "stranger"] as const) {
        const refused = await move(submission.id, { version: submission.version, ...step }, who);
        expect(refused.status, `${who} ${from} → ${step.to}: ${refused.text}`).toBe(403);
      }
      expect((await move(submission.id, { version: submission.version, ...step })).status).toBe(401);
      const by = from === "ACKNOWLEDGED" ? "admin" : "govUs";
      const allowed = await move(submission.id, { version: submission.version, ...step }, by);
      expect(allowed.status, `${by} ${from} → ${step.to}: ${allowed.text}`).toBe(200);
      expect(allowed.body.data.status).toBe(step.to);
    }
  });

  it("refuses moves the workflow does not have, stale versions, and a decline without reasons", async () => {
    const submission = await filed();
    const skipped = await move(submission.id, { version: submission.version, to: "ACCEPTED" }, "govUs");
    expect(skipped.status, skipped.text).toBe(409);
    expect(skipped.body.error.message).toContain("acknowledged");
    const acknowledged = (await move(submission.id, { version: submission.version, to: "ACKNOWLEDGED" }, "govUs")).body.data;
    expect((await move(submission.id, { version: submission.version, to: "ACCEPTED" }, "govUs")).status).toBe(409);
    const bare = await move(submission.id, { version: acknowledged.version, to: "DECLINED" }, "govUs");
    expect(bare.status).toBe(400);
    expect(Object.keys(bare.body.error.fieldErrors ?? {})).toEqual(["reason"]);
    const bogus = await move(submission.id, { version: acknowledged.version, to: "WITHDRAWN" }, "govUs");
    expect(bogus.status).toBe(400);
  });

  it("starts the report's deadline on acceptance and writes numbered recommendations with the report", async () => {
    const accepted = await at("ACCEPTED");
    const now = new Date();
    expect(accepted.reportDueOn?.slice(0, 10)).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 180)).toISOString().slice(0, 10));
    const reported = await at("REPORTED");
    const { body } = await read(reported.id);
    expect(body.data.recommendations.map((entry) => [entry.position, entry.text])).toEqual([
      [1, "Reinstate the workers."],
      [2, "Train inspectors."],
    ]);
    const told = await test.db.notification.findMany({ where: { link: `/submissions/${reported.id}`, kind: "SUBMISSION_MOVED" }, select: { userId: true } });
    expect(new Set(told.map((entry) => entry.userId))).toEqual(new Set([actors.union.id, actors.partner.id]));
  });

  it("records consultations and hearings of the agreement's meetings during the review, shown as the meetings are", async () => {
    const submission = await at("UNDER_REVIEW");
    expect((await hearing(submission.id, { meetingId: refs.meeting, kind: "HEARING" }, "govMx")).status).toBe(403);
    expect((await hearing(submission.id, { meetingId: refs.meeting, kind: "HEARING" }, "union")).status).toBe(403);
    expect((await hearing(submission.id, { meetingId: refs.otherMeeting, kind: "HEARING" }, "govUs")).body.error.fieldErrors).toHaveProperty("meetingId");
    expect((await hearing(submission.id, { meetingId: refs.meeting, kind: "HEARING" }, "govUs")).status).toBe(201);
    expect((await hearing(submission.id, { meetingId: refs.privateMeeting, kind: "CONSULTATION" }, "govUs")).status).toBe(201);
    expect((await hearing(submission.id, { meetingId: refs.meeting, kind: "CONSULTATION" }, "govUs")).status).toBe(400);
    expect((await read(submission.id)).body.data.hearings.map((entry) => entry.meeting.id)).toEqual([refs.meeting]);
    expect((await read(submission.id, "analyst")).body.data.hearings.map((entry) => entry.meeting.id)).toEqual([refs.meeting, refs.privateMeeting]);
    // The timeline tells of a hearing only to those who may read its meeting, as the page lists them.
    const hearingsOn = async (who?: Who) => ((await timeline(submission.id, who)).body.data as unknown as { kind: string; date: string | null }[]).filter((entry) => entry.kind === "hearing").map((entry) => entry.date);
    expect(await hearingsOn()).toEqual(["2026-03-02"]);
    expect(await hearingsOn("analyst")).toEqual(["2026-03-02", "2026-03-09"]);
    const filedOnly = await filed();
    expect((await hearing(filedOnly.id, { meetingId: refs.meeting, kind: "HEARING" }, "govUs")).status).toBe(409);
  });

  it("links a plan that follows a recommendation, both ways, for the handling ministry or the plan's own", async () => {
    const reported = await at("REPORTED");
    const [first] = (await read(reported.id)).body.data.recommendations;
    for (const who of ["union", "analyst", "stranger"] as const) expect((await followUp(reported.id, { recommendationId: first!.id, planId: refs.plan }, who)).status, who).toBe(403);
    expect((await followUp(reported.id, { recommendationId: first!.id, planId: refs.otherPlan }, "govMx")).body.error.fieldErrors).toHaveProperty("planId");
    expect((await followUp(reported.id, { recommendationId: first!.id, planId: refs.plan, programId: "x" }, "govMx")).status).toBe(400);
    const linked = await followUp(reported.id, { recommendationId: first!.id, planId: refs.plan }, "govMx");
    expect(linked.status, linked.text).toBe(201);
    expect((await followUp(reported.id, { recommendationId: first!.id, planId: refs.plan }, "govUs")).status).toBe(400);
    expect((await read(reported.id)).body.data.recommendations[0]!.followUps.map((entry) => entry.plan?.id)).toEqual([refs.plan]);
    const { followedRecommendations } = await import("@/lib/domain/submissions/followed-recommendations");
    expect((await followedRecommendations(null, { planId: refs.plan })).filter((entry) => entry.submission.id === reported.id).map((entry) => entry.position)).toEqual([1]);
    const underReview = await at("UNDER_REVIEW");
    expect((await followUp(underReview.id, { recommendationId: first!.id, planId: refs.plan }, "govMx")).status).toBe(409);
  });
});

describe("what a submission withholds", () => {
  const SEE_ALL: Who[] = ["union", "partner", "govUs", "analyst", "admin"];
  const SEE_PUBLIC: (Who | undefined)[] = [undefined, "stranger", "govMx"];

  it("leaves the withheld name and documents out of the record, the list, the timeline and downloads for the public, and keeps them for those who may see them", async () => {
    const created = (await create(draft(), "union")).body.data;
    const secret = await attach(created.id, { title: "Names of the dismissed workers", category: "A07", url: "https://example.org/secret-list", withheld: true }, "union");
    expect(secret.status, secret.text).toBe(201);
    const open = await attach(created.id, { title: "Press statement", category: "A07", url: "https://example.org/statement" }, "union");
    expect(open.status, open.text).toBe(201);
    const filedOne = (await move(created.id, { version: created.version, to: "FILED" }, "union")).body.data;
    expect(filedOne.status).toBe("FILED");

    for (const who of SEE_PUBLIC) {
      const label = who ?? "anonymous";
      const { status, body, text } = await read(created.id, who);
      expect(status, label).toBe(200);
      expect(body.data.organisation, label).toBeNull();
      expect(body.data.organisationId, label).toBeNull();
      expect(body.data.withheld, label).toEqual({ identity: true, coSubmitters: 0, documents: 1 });
      expect(body.data.documents.map((document) => document.title), label).toEqual(["Press statement"]);
      expect(text, label).not.toContain(UNION);
      expect(text, label).not.toContain(actors.union.organisationId);
      expect(text, label).not.toContain("secret-list");
      expect(text, label).not.toContain(actors.union.name);
      const docket = await list(`?agreement=${refs.agreement}`, who);
      expect(docket.status, label).toBe(200);
      expect(docket.text, label).not.toContain(UNION);
      expect(docket.text, label).not.toContain(actors.union.organisationId);
      const entries = await timeline(created.id, who);
      expect(entries.status, label).toBe(200);
      expect(entries.text, label).not.toContain(actors.union.name);
    }
    for (const who of SEE_ALL) {
      const { body } = await read(created.id, who);
      expect(body.data.organisation?.name, who).toBe(UNION);
      expect(body.data.documents.map((document) => document.title).sort(), who).toEqual(["Names of the dismissed workers", "Press statement"]);
      expect((await list(`?agreement=${refs.agreement}`, who)).text, who).toContain(UNION);
    }
    expect((await timeline(created.id, "analyst")).text).toContain(actors.union.name);
    // Submissions are not IATI activities: the register's IATI file carries none of it.
    const iati = await (await iatiRoute.GET(apiRequest("/api/v1/iati/activities.xml"), params({}))).text();
    expect(iati).toContain("<iati-activities");
    expect(iati).not.toContain(UNION);
    expect(iati).not.toContain("Dismissals after a union vote");
  });

  it("serves a withheld file only to those who may see it", async () => {
    const created = (await create(draft(), "union")).body.data;
    const form = new FormData();
    form.set("title", "Payroll records");
    form.set("category", "A07");
    form.set("withheld", "on");
    form.set("file", new File(["payroll of the dismissed workers"], "payroll.txt", { type: "text/plain" }));
    const request = new Request(`http://localhost/api/v1/submissions/${created.id}/documents`, { method: "POST", headers: { authorization: `Bearer ${tokens.union}` }, body: form });
    const uploaded = await call(await documentsRoute.POST(request, params({ id: created.id })));
    expect(uploaded.status, uploaded.text).toBe(201);
    await move(created.id, { version: created.version, to: "FILED" }, "union");
    const download = async (who?: Who) => (await downloadRoute.GET(apiRequest(`/api/v1/documents/${uploaded.body.data.id}/file`, { token: token(who) }), params({ id: uploaded.body.data.id }))).status;
    for (const who of SEE_PUBLIC) expect(await download(who), who ?? "anonymous").toBe(404);
    for (const who of SEE_ALL) expect(await download(who), who).toBe(200);
  });

  it("keeps a co-submitter's name from the public when it asks, and never matches a search on a withheld name", async () => {
    const submission = await filed({ identityWithheld: false, coSubmitters: [{ organisationId: actors.partner.organisationId, identityWithheld: true }] });
    const partnerName = (await test.db.organisation.findUniqueOrThrow({ where: { id: actors.partner.organisationId } })).name;
    const seen = await read(submission.id);
    expect(seen.body.data.organisation?.name).toBe(UNION);
    expect(seen.body.data.coSubmitters).toEqual([]);
    expect(seen.body.data.withheld.coSubmitters).toBe(1);
    expect(seen.text).not.toContain(partnerName);
    expect((await read(submission.id, "govUs")).body.data.coSubmitters.map((entry) => entry.organisation.name)).toEqual([partnerName]);
    const hidden = await filed({ title: "Withheld union search check" });
    expect((await list(`?q=${encodeURIComponent(UNION)}`)).body.data.map((row) => row.id)).not.toContain(hidden.id);
  });

  it("filters the docket by agreement, party, contact point, topic, status, year and overdue deadlines", async () => {
    const mine = await filed({ title: "Filter check", topics: ["CHILD_LABOUR"], contactPointId: refs.mxPoint, concernsCountryCode: "US" });
    const ids = async (query: string) => (await list(query)).body.data.map((row) => row.id);
    expect(await ids(`?topic=CHILD_LABOUR`)).toEqual([mine.id]);
    expect(await ids(`?contactPoint=${refs.mxPoint}`)).toEqual([mine.id]);
    expect(await ids(`?concerns=US`)).toEqual([mine.id]);
    expect(await ids(`?agreement=${refs.other}`)).toEqual([]);
    expect(await ids(`?year=${new Date().getUTCFullYear()}&topic=CHILD_LABOUR`)).toEqual([mine.id]);
    expect(await ids(`?year=2001`)).toEqual([]);
    expect(await ids(`?deadline=overdue`)).not.toContain(mine.id);
    await test.db.submission.update({ where: { id: mine.id }, data: { decisionDueOn: new Date("2026-01-01") } });
    expect(await ids(`?deadline=overdue`)).toContain(mine.id);
    const bad = await list(`?status=LOST&year=abc&deadline=late`);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fieldErrors ?? {}).sort()).toEqual(["deadline", "status", "year"]);
  });
});
