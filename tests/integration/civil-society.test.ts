// Civil society's part in a program through /api/v1: requests to take part and their answers,
// events and attendance with who may record what, the social-dialogue balance computed in SQL,
// and comments with their edit window. Every change must reach the program's history.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createAttendance, createEvent as createEventRecord, createOrganisation, createParticipant, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listRequestsRoute, POST: requestRoute } = await import("@/app/api/v1/programs/[id]/participation-requests/route");
const { GET: myRequestsRoute } = await import("@/app/api/v1/participation-requests/route");
const { GET: getRequestRoute, PATCH: decideRoute } = await import("@/app/api/v1/participation-requests/[id]/route");
const { POST: withdrawRoute } = await import("@/app/api/v1/participation-requests/[id]/withdraw/route");
const { GET: listEventsRoute, POST: createEventRoute } = await import("@/app/api/v1/programs/[id]/events/route");
const { GET: getEventRoute, PATCH: patchEventRoute, DELETE: deleteEventRoute } = await import("@/app/api/v1/events/[id]/route");
const { POST: attendRoute } = await import("@/app/api/v1/events/[id]/attendance/route");
const { PATCH: patchAttendanceRoute, DELETE: deleteAttendanceRoute } = await import("@/app/api/v1/attendance/[id]/route");
const { GET: programBalanceRoute } = await import("@/app/api/v1/programs/[id]/social-dialogue/route");
const { GET: agreementBalanceRoute } = await import("@/app/api/v1/agreements/[id]/social-dialogue/route");
const { GET: listCommentsRoute, POST: commentRoute } = await import("@/app/api/v1/programs/[id]/comments/route");
const { PATCH: patchCommentRoute, DELETE: deleteCommentRoute } = await import("@/app/api/v1/comments/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

type Role = "govMx" | "govUs" | "cso" | "otherCso" | "analyst" | "admin";
const actors = {} as Record<Role, Actor>;
const tokens = {} as Record<Role, string>;
const refs = {} as { agreementId: string; published: string; draft: string; closed: string; usOnly: string; stpsId: string; unionId: string; employersId: string; outsiderId: string };

type Json = Record<string, unknown> & { error?: { code: string; fieldErrors?: Record<string, string[]> } };
const body = async (response: Response) => (await response.json()) as Json;
const data = async <T = Record<string, unknown>>(response: Response) => (await body(response)).data as T;

beforeAll(async () => {
  const db = test.db;
  const otherUnionId = await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const dol = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" });
    const union = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" });
    const otherUnion = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" });
    const employers = await createOrganisation(tx, { kind: "EMPLOYERS_ORGANISATION", countryCode: "MX" });
    const outsider = await createOrganisation(tx, { kind: "NGO", countryCode: "MX" });
    const program = (visibility: "PUBLISHED" | "DRAFT", status: "IMPLEMENTATION" | "CLOSED" = "IMPLEMENTATION", owner = stps.id) =>
      createProgram(tx, { agreementId: agreement.id, visibility, status, reportingOrganisationId: owner, participants: { create: [{ organisationId: owner, role: "ACCOUNTABLE" }] } });
    const published = await program("PUBLISHED");
    await createParticipant(tx, { programId: published.id, organisationId: employers.id, role: "CONSULTED" });
    Object.assign(refs, {
      agreementId: agreement.id,
      published: published.id,
      draft: (await program("DRAFT")).id,
      closed: (await program("PUBLISHED", "CLOSED")).id,
      usOnly: (await program("PUBLISHED", "IMPLEMENTATION", dol.id)).id,
      stpsId: stps.id,
      unionId: union.id,
      employersId: employers.id,
      outsiderId: outsider.id,
    });
    return otherUnion.id;
  });
  actors.otherCso = await createActor(db, "CIVIL_SOCIETY", { organisationId: otherUnionId });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: refs.stpsId });
  actors.govUs = await createActor(db, "GOVERNMENT", { country: "US" });
  actors.cso = await createActor(db, "CIVIL_SOCIETY", { organisationId: refs.unionId });
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as Role[]) tokens[key] = await tokenFor(actors[key]);
});

afterAll(() => vi.useRealTimers());

const ask = (programId: string, payload: unknown, token: string | null = tokens.cso) =>
  requestRoute(apiRequest(`/api/v1/programs/${programId}/participation-requests`, { token: token ?? undefined, method: "POST", body: payload }), params({ id: programId }));
const decide = (id: string, payload: unknown, token = tokens.govMx) =>
  decideRoute(apiRequest(`/api/v1/participation-requests/${id}`, { token, method: "PATCH", body: payload }), params({ id }));
const history = (programId: string, action: string) =>
  test.db.auditEvent.findMany({ where: { entityType: "CooperationProgram", entityId: programId, action }, orderBy: { at: "asc" } });

describe("asking to take part", () => {
  it("refuses a draft, a closed program, a role civil society cannot ask for, and roles other than civil society", async () => {
    // The draft is not visible to an organisation outside it, so it is simply not found.
    expect((await ask(refs.draft, { role: "CONSULTED" })).status).toBe(404);
    // A ministry that can see its own draft still cannot ask: requests are civil society's.
    expect((await ask(refs.draft, { role: "CONSULTED" }, tokens.govMx)).status).toBe(403);
    const closed = await ask(refs.closed, { role: "CONSULTED" });
    expect(closed.status).toBe(409);
    const funder = await ask(refs.published, { role: "FUNDER" });
    expect(funder.status).toBe(400);
    expect((await body(funder)).error?.fieldErrors?.role?.[0]).toMatch(/CONSULTED or MONITOR/);
    expect((await ask(refs.published, { role: "MONITOR" }, null)).status).toBe(401);
    expect(await test.db.participationRequest.count()).toBe(0);
  });

  it("refuses a draft the organisation can see because it already takes part", async () => {
    await createParticipant(test.db, { programId: refs.draft, organisationId: refs.unionId, role: "BENEFICIARY" });
    const response = await ask(refs.draft, { role: "MONITOR" });
    expect(response.status).toBe(409);
    expect((await body(response)).error?.code).toBe("CONFLICT");
    expect(await test.db.participationRequest.count({ where: { programId: refs.draft } })).toBe(0);
  });

  it("lets a ministry of the program accept, adds the participant once, and shows both sides the decision", async () => {
    const created = await ask(refs.published, { role: "MONITOR", message: "We monitor conciliation centres." });
    expect(created.status).toBe(201);
    const request = await data<{ id: string; version: number; status: string }>(created);
    expect(request.status).toBe("PENDING");

    // Asking again while the first is unanswered is refused on the field.
    const again = await ask(refs.published, { role: "MONITOR" });
    expect((await body(again)).error?.fieldErrors?.role?.[0]).toMatch(/already asked/);

    // Another country's ministry and another organisation cannot see or answer it.
    expect((await decide(request.id, { version: 1, decision: "ACCEPT" }, tokens.govUs)).status).toBe(404);
    expect((await getRequestRoute(apiRequest(`/api/v1/participation-requests/${request.id}`, { token: tokens.otherCso }), params({ id: request.id }))).status).toBe(404);
    expect((await decide(request.id, { version: 1, decision: "ACCEPT" }, tokens.cso)).status).toBe(403);

    // The ministry sees it waiting; a stale version is refused.
    const awaiting = await data<{ id: string }[]>(await myRequestsRoute(apiRequest("/api/v1/participation-requests?scope=awaiting", { token: tokens.govMx }), params({})));
    expect(awaiting.map((r) => r.id)).toContain(request.id);
    expect((await myRequestsRoute(apiRequest("/api/v1/participation-requests?scope=everything", { token: tokens.govMx }), params({}))).status).toBe(400);
    expect((await decide(request.id, { version: 7, decision: "ACCEPT" })).status).toBe(409);

    const accepted = await decide(request.id, { version: 1, decision: "ACCEPT", reason: "Welcome." });
    expect(accepted.status).toBe(200);
    expect((await data<{ status: string }>(accepted)).status).toBe("ACCEPTED");
    expect(await test.db.participant.count({ where: { programId: refs.published, organisationId: refs.unionId, role: "MONITOR" } })).toBe(1);
    // Answered once only.
    expect((await decide(request.id, { version: 2, decision: "DECLINE", reason: "Changed our mind" })).status).toBe(409);

    const mine = await data<{ id: string; status: string; decisionReason: string; decidedBy: { name: string } }[]>(
      await myRequestsRoute(apiRequest("/api/v1/participation-requests", { token: tokens.cso }), params({})),
    );
    expect(mine.find((r) => r.id === request.id)).toMatchObject({ status: "ACCEPTED", decisionReason: "Welcome.", decidedBy: { name: actors.govMx.name } });
    const visible = await data<{ id: string }[]>(await listRequestsRoute(apiRequest(`/api/v1/programs/${refs.published}/participation-requests`, { token: tokens.govMx }), params({ id: refs.published })));
    expect(visible.map((r) => r.id)).toContain(request.id);

    expect((await history(refs.published, "participation.request")).length).toBe(1);
    const [decision] = await history(refs.published, "participation.accept");
    expect(decision).toMatchObject({ actorId: actors.govMx.id, before: { request: { status: "PENDING" } }, after: { request: { status: "ACCEPTED" } } });

    // Now a participant, the organisation cannot ask for the same role again.
    expect((await body(await ask(refs.published, { role: "MONITOR" }))).error?.fieldErrors?.role?.[0]).toMatch(/already takes part/);
  });

  it("needs a reason to decline, and lets the organisation withdraw only its own pending request", async () => {
    const request = await data<{ id: string }>(await ask(refs.published, { role: "CONSULTED" }));
    const noReason = await decide(request.id, { version: 1, decision: "DECLINE" });
    expect(noReason.status).toBe(400);
    expect((await body(noReason)).error?.fieldErrors?.reason?.[0]).toMatch(/reason/);
    const declined = await decide(request.id, { version: 1, decision: "DECLINE", reason: "The consultation list is full this year." });
    expect(await data<{ status: string; decisionReason: string }>(declined)).toMatchObject({ status: "DECLINED", decisionReason: "The consultation list is full this year." });
    expect(await test.db.participant.count({ where: { programId: refs.published, organisationId: refs.unionId, role: "CONSULTED" } })).toBe(0);
    expect((await history(refs.published, "participation.decline")).length).toBe(1);

    // Declined, it may ask again; then withdraw.
    const second = await data<{ id: string }>(await ask(refs.published, { role: "CONSULTED" }));
    const withdraw = (token: string, version: unknown) =>
      withdrawRoute(apiRequest(`/api/v1/participation-requests/${second.id}/withdraw`, { token, method: "POST", body: { version } }), params({ id: second.id }));
    expect((await withdraw(tokens.govMx, 1)).status).toBe(403);
    expect((await withdraw(tokens.cso, "x")).status).toBe(400);
    const withdrawn = await withdraw(tokens.cso, 1);
    expect((await data<{ status: string }>(withdrawn)).status).toBe("WITHDRAWN");
    expect((await history(refs.published, "participation.withdraw")).length).toBe(1);
  });
});

describe("events and attendance", () => {
  let eventId: string;
  const createEvent = (payload: unknown, token = tokens.govMx, programId = refs.published) =>
    createEventRoute(apiRequest(`/api/v1/programs/${programId}/events`, { token, method: "POST", body: payload }), params({ id: programId }));
  const attend = (payload: unknown, token = tokens.govMx, id = eventId) =>
    attendRoute(apiRequest(`/api/v1/events/${id}/attendance`, { token, method: "POST", body: payload }), params({ id }));

  it("lets only the program's ministries create events, with field errors for bad input", async () => {
    const valid = { kind: "CONSULTATION", title: "Tripartite consultation", startDate: "2026-05-12", place: "Mexico City", summary: "Draft protocol discussed." };
    expect((await createEvent(valid, tokens.cso)).status).toBe(403);
    expect((await createEvent(valid, tokens.govUs)).status).toBe(403);
    expect((await createEvent(valid, tokens.analyst)).status).toBe(403);
    const bad = await createEvent({ kind: "PARTY", title: "", startDate: "2026-02-30", endDate: "2026-01-01" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await body(bad)).error?.fieldErrors ?? {}).sort()).toEqual(["kind", "startDate", "title"]);
    const backwards = await createEvent({ ...valid, endDate: "2026-05-01" });
    expect((await body(backwards)).error?.fieldErrors?.endDate?.[0]).toMatch(/end before it starts/);

    const created = await createEvent(valid);
    expect(created.status).toBe(201);
    eventId = (await data<{ id: string }>(created)).id;
    expect((await history(refs.published, "event.create")).length).toBe(1);
  });

  it("refuses negative counts, nobody at all, and an organisation that is not in the event", async () => {
    const negative = await attend({ organisationId: refs.employersId, constituency: "EMPLOYERS", women: -1, men: 3 });
    expect(negative.status).toBe(400);
    expect((await body(negative)).error?.fieldErrors?.women?.[0]).toMatch(/cannot be negative/);
    const fractional = await attend({ organisationId: refs.employersId, constituency: "EMPLOYERS", women: 1.5, men: 3 });
    expect((await body(fractional)).error?.fieldErrors?.women?.[0]).toMatch(/whole number/);
    const nobody = await attend({ organisationId: refs.employersId, constituency: "EMPLOYERS", women: 0, men: 0 });
    expect((await body(nobody)).error?.fieldErrors?.women?.[0]).toMatch(/at least one/);
    const outsider = await attend({ organisationId: refs.outsiderId, constituency: "CIVIL_SOCIETY", women: 2, men: 1 });
    expect(outsider.status).toBe(400);
    expect((await body(outsider)).error?.fieldErrors?.organisationId?.[0]).toMatch(/does not take part in this program/);
    const unknown = await attend({ organisationId: "no-such-organisation", constituency: "OTHER", women: 1, men: 0 });
    expect((await body(unknown)).error?.fieldErrors?.organisationId?.[0]).toMatch(/no organisation/);
    expect(await test.db.attendance.count({ where: { eventId } })).toBe(0);
  });

  it("lets a civil-society user record their own organisation's attendance only, once per constituency", async () => {
    // The union monitors the program since its request was accepted above.
    const otherOrganisation = await attend({ organisationId: refs.employersId, constituency: "EMPLOYERS", women: 1, men: 1 }, tokens.cso);
    expect(otherOrganisation.status).toBe(403);
    const own = await attend({ constituency: "WORKERS", women: 4, men: 3 }, tokens.cso);
    expect(own.status).toBe(201);
    const row = await data<{ id: string; version: number; organisation: { id: string } }>(own);
    expect(row.organisation.id).toBe(refs.unionId);
    expect((await body(await attend({ constituency: "WORKERS", women: 1, men: 1 }, tokens.cso))).error?.fieldErrors?.constituency?.[0]).toMatch(/already recorded/);
    // An organisation that does not take part cannot record at all.
    expect((await body(await attend({ constituency: "WORKERS", women: 1, men: 1 }, tokens.otherCso))).error?.fieldErrors?.organisationId?.[0]).toMatch(/Ask to take part/);

    // The ministry records the others, including people of no organisation.
    expect((await attend({ organisationId: refs.employersId, constituency: "EMPLOYERS", women: 2, men: 6 })).status).toBe(201);
    expect((await attend({ organisationId: refs.stpsId, constituency: "GOVERNMENT", women: 3, men: 2 })).status).toBe(201);
    expect((await attend({ constituency: "OTHER", women: 0, men: 4 })).status).toBe(201);
    expect((await attend({ constituency: "OTHER", women: 1, men: 0 })).status).toBe(400);

    // Corrections: the civil-society user only its own row; a stale version is refused.
    const patch = (id: string, payload: unknown, token: string) =>
      patchAttendanceRoute(apiRequest(`/api/v1/attendance/${id}`, { token, method: "PATCH", body: payload }), params({ id }));
    const employersRow = await test.db.attendance.findFirstOrThrow({ where: { eventId, organisationId: refs.employersId } });
    expect((await patch(employersRow.id, { version: 1, women: 9, men: 9 }, tokens.cso)).status).toBe(403);
    expect((await patch(row.id, { version: 1, women: -2, men: 3 }, tokens.cso)).status).toBe(400);
    expect((await patch(row.id, { version: 1, women: 5, men: 3 }, tokens.cso)).status).toBe(200);
    expect((await patch(row.id, { version: 1, women: 6, men: 3 }, tokens.cso)).status).toBe(409);
    const remove = (id: string, version: number, token: string) =>
      deleteAttendanceRoute(apiRequest(`/api/v1/attendance/${id}?version=${version}`, { token, method: "DELETE" }), params({ id }));
    expect((await remove(employersRow.id, 1, tokens.cso)).status).toBe(403);

    const event = await data<{ attendance: { women: number; men: number }[] }>(await getEventRoute(apiRequest(`/api/v1/events/${eventId}`), params({ id: eventId })));
    expect(event.attendance.map((a) => a.women + a.men).sort((a, b) => a - b)).toEqual([4, 5, 8, 8]);
    expect((await history(refs.published, "event.attendance.record")).length).toBe(4);
    expect((await history(refs.published, "event.attendance.update")).length).toBe(1);
  });

  it("computes each constituency's share and the share of women in SQL, per program and per agreement", async () => {
    // 8 workers (5 women), 8 employers (2 women), 5 government (3 women), 4 other (0 women): 25 people, 10 women.
    const program = await data<{ people: number; women: number; womenShare: number; constituencies: { constituency: string; people: number; share: number; womenShare: number | null }[] }>(
      await programBalanceRoute(apiRequest(`/api/v1/programs/${refs.published}/social-dialogue`), params({ id: refs.published })),
    );
    expect(program).toMatchObject({ people: 25, women: 10, womenShare: 40 });
    const share = Object.fromEntries(program.constituencies.map((c) => [c.constituency, [c.people, c.share, c.womenShare]]));
    expect(share).toEqual({ GOVERNMENT: [5, 20, 60], WORKERS: [8, 32, 62.5], EMPLOYERS: [8, 32, 25], CIVIL_SOCIETY: [0, 0, null], OTHER: [4, 16, 0] });

    // The agreement adds a draft's event only for those who may read the draft.
    const draftEvent = await createEventRecord(test.db, { programId: refs.draft, kind: "WORKSHOP", title: "Internal", startDate: new Date("2026-01-10") });
    await createAttendance(test.db, { eventId: draftEvent.id, constituency: "GOVERNMENT", women: 0, men: 75 });
    const agreement = async (token?: string) =>
      data<{ people: number }>(await agreementBalanceRoute(apiRequest(`/api/v1/agreements/${refs.agreementId}/social-dialogue`, { token }), params({ id: refs.agreementId })));
    expect((await agreement()).people).toBe(25);
    expect((await agreement(tokens.analyst)).people).toBe(100);
    expect((await programBalanceRoute(apiRequest(`/api/v1/programs/${refs.draft}/social-dialogue`), params({ id: refs.draft }))).status).toBe(404);
  });

  it("keeps events stale-safe and deletes their attendance with them", async () => {
    const patch = (payload: unknown, token = tokens.govMx) => patchEventRoute(apiRequest(`/api/v1/events/${eventId}`, { token, method: "PATCH", body: payload }), params({ id: eventId }));
    const edit = { version: 1, kind: "CONSULTATION", title: "Tripartite consultation (2nd round)", startDate: "2026-05-12" };
    expect((await patch(edit, tokens.cso)).status).toBe(403);
    expect((await patch(edit)).status).toBe(200);
    expect((await patch(edit)).status).toBe(409);
    const list = await body(await listEventsRoute(apiRequest(`/api/v1/programs/${refs.published}/events`), params({ id: refs.published })));
    expect(list).toMatchObject({ total: 1, data: [{ title: "Tripartite consultation (2nd round)", women: 10, men: 15, organisations: 3 }] });

    expect((await deleteEventRoute(apiRequest(`/api/v1/events/${eventId}?version=1`, { token: tokens.govMx, method: "DELETE" }), params({ id: eventId }))).status).toBe(409);
    expect((await deleteEventRoute(apiRequest(`/api/v1/events/${eventId}?version=2`, { token: tokens.govMx, method: "DELETE" }), params({ id: eventId }))).status).toBe(204);
    expect(await test.db.attendance.count({ where: { eventId } })).toBe(0);
    const [deleted] = await history(refs.published, "event.delete");
    expect((deleted?.before as { attendance: unknown[] }).attendance).toHaveLength(4);
  });

  it("does not take attendance for an event that has not happened yet", async () => {
    const future = await data<{ id: string }>(await createEvent({ kind: "CONFERENCE", title: "Closing conference", startDate: "2099-06-01" }));
    const response = await attend({ constituency: "WORKERS", women: 1, men: 1 }, tokens.cso, future.id);
    expect(response.status).toBe(409);
  });
});

describe("comments", () => {
  const post = (payload: unknown, token: string | null = tokens.cso, programId = refs.published) =>
    commentRoute(apiRequest(`/api/v1/programs/${programId}/comments`, { token: token ?? undefined, method: "POST", body: payload }), params({ id: programId }));
  const list = async (token: string) =>
    data<{ id: string; body: string; deletedAt: string | null; mayChange: boolean }[]>(
      await listCommentsRoute(apiRequest(`/api/v1/programs/${refs.published}/comments`, { token }), params({ id: refs.published })),
    );

  it("are for signed-in readers, kept as plain text, and refuse empty or overlong bodies", async () => {
    expect((await post({ body: "Anonymous" }, null)).status).toBe(401);
    expect((await listCommentsRoute(apiRequest(`/api/v1/programs/${refs.published}/comments`), params({ id: refs.published }))).status).toBe(401);
    expect((await post({ body: "Hidden" }, tokens.otherCso, refs.draft)).status).toBe(404);
    expect((await body(await post({ body: "   " }))).error?.fieldErrors?.body?.[0]).toMatch(/Enter the comment/);
    expect((await body(await post({ body: "x".repeat(4001) }))).error?.fieldErrors?.body?.[0]).toMatch(/4,000/);

    const markup = '<script>alert("x")</script> & <b>bold</b>';
    expect((await post({ body: markup })).status).toBe(201);
    // Stored and returned exactly as typed: the page escapes it when it renders it.
    expect((await list(tokens.govMx)).at(-1)?.body).toBe(markup);
    expect((await history(refs.published, "comment.create")).length).toBe(1);
  });

  it("lets the author edit and delete within the window, and nobody else", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T10:00:00Z"));
    const comment = await data<{ id: string }>(await post({ body: "First version" }));
    const patch = (payload: unknown, token = tokens.cso) =>
      patchCommentRoute(apiRequest(`/api/v1/comments/${comment.id}`, { token, method: "PATCH", body: payload }), params({ id: comment.id }));
    expect((await patch({ version: 1, body: "Not mine" }, tokens.govMx)).status).toBe(403);
    expect((await patch({ version: 1, body: "" })).status).toBe(400);
    vi.setSystemTime(new Date("2026-06-01T10:29:00Z"));
    expect((await patch({ version: 1, body: "Second version" })).status).toBe(200);
    expect((await patch({ version: 1, body: "Stale" })).status).toBe(409);
    expect((await list(tokens.cso)).find((c) => c.id === comment.id)).toMatchObject({ body: "Second version", mayChange: true });

    vi.setSystemTime(new Date("2026-06-01T10:31:00Z"));
    const late = await patch({ version: 2, body: "Too late" });
    expect(late.status).toBe(409);
    expect((await body(late)).error?.code).toBe("CONFLICT");
    expect((await list(tokens.cso)).find((c) => c.id === comment.id)?.mayChange).toBe(false);
    expect((await deleteCommentRoute(apiRequest(`/api/v1/comments/${comment.id}?version=2`, { token: tokens.cso, method: "DELETE" }), params({ id: comment.id }))).status).toBe(409);

    // An administrator moderates at any time; the text leaves the page but stays in the audit trail.
    expect((await deleteCommentRoute(apiRequest(`/api/v1/comments/${comment.id}?version=2`, { token: tokens.admin, method: "DELETE" }), params({ id: comment.id }))).status).toBe(204);
    expect((await list(tokens.govMx)).find((c) => c.id === comment.id)).toMatchObject({ body: "", mayChange: false });
    expect((await history(refs.published, "comment.delete")).at(-1)?.before).toMatchObject({ comment: { body: "Second version" } });
    vi.useRealTimers();
  });

  it("page by cursor, in order, and refuse a cursor the API did not give out", async () => {
    const all = (await list(tokens.govMx)).map((c) => c.id);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await body(
        await listCommentsRoute(apiRequest(`/api/v1/programs/${refs.published}/comments?limit=1${cursor ? `&cursor=${cursor}` : ""}`, { token: tokens.govMx }), params({ id: refs.published })),
      );
      seen.push(...(page.data as { id: string }[]).map((c) => c.id));
      cursor = (page.page as { nextCursor: string | null }).nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const bad = await listCommentsRoute(apiRequest(`/api/v1/programs/${refs.published}/comments?cursor=not-a-comment`, { token: tokens.govMx }), params({ id: refs.published }));
    expect(bad.status).toBe(400);
  });
});
