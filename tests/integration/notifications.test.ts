// Notifications: the daily measure reminders (who is told, of what, exactly once), the email job
// (each notification emailed at most once, retried after a failure, even with two senders at once),
// the notification centre's API, and the pg-boss worker that runs both jobs on a real queue. Emails go
// through the app's own SMTP transport to a real SMTP server on loopback, and the tests read what it
// received: what the app sends is what a mail server accepts.
import { setTimeout as sleep } from "node:timers/promises";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import type { NotificationKind, PlanStatus } from "@/lib/platform/db/generated/enums";
import { emailJobId, QUEUES, startWorker, type Worker } from "@/lib/domain/notifications/worker";
import { deliverEmail } from "@/lib/domain/notifications/deliver-email";
import { smtpTransport, type MailSettings } from "@/lib/domain/notifications/email-settings";
import { sendPendingEmails } from "@/lib/domain/notifications/send-pending-emails";
import { sendMeasureReminders } from "@/lib/domain/notifications/send-measure-reminders";
import { createAgreement, createMeasure, createOrganisation, createPlan, createUser } from "@/prisma/seed/factories";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listRoute } = await import("@/app/api/v1/notifications/route");
const { POST: readRoute } = await import("@/app/api/v1/notifications/[id]/read/route");
const { POST: readAllRoute } = await import("@/app/api/v1/notifications/read-all/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const settings: MailSettings = { from: "Tracker <no-reply@tracker.test>", appUrl: "https://tracker.test" };
let agreementId: string;
let inbox: SmtpInbox;

beforeAll(async () => {
  agreementId = (await test.db.$transaction((tx) => createAgreement(tx, { parties: ["MX", "US"] }))).id;
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox?.close();
});

/** An organisation with `active` active users and one disabled user. */
async function organisationWithUsers(active: number) {
  return test.db.$transaction(async (tx) => {
    const organisation = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" });
    const users = [];
    for (let i = 0; i < active; i++) users.push(await createUser(tx, { organisationId: organisation.id }));
    const disabled = await createUser(tx, { organisationId: organisation.id, disabled: true });
    return { id: organisation.id, userIds: users.map((user) => user.id), disabledId: disabled.id };
  });
}

async function plan(ownerOrganisationId: string, status: PlanStatus = "IN_PROGRESS") {
  return createPlan(test.db, { kind: "ACTION", title: `Plan ${status}`, agreementId, countryCode: "MX", origin: "COUNCIL_DECISION", ownerOrganisationId, status });
}

async function measure(planId: string, responsibleOrganisationId: string, dueDate: string, status: "SCHEDULED" | "MET" | "NOT_MET" = "SCHEDULED") {
  return createMeasure(test.db, { planId, responsibleOrganisationId, title: `Measure due ${dueDate}`, dueDate: new Date(`${dueDate}T00:00:00Z`), status });
}

/** The notifications about `measureId`, as (user, kind, dedupe key) triples. */
async function remindersOf(measureId: string) {
  const rows = await test.db.notification.findMany({ where: { dedupeKey: { contains: `:${measureId}:` } }, select: { userId: true, kind: true, dedupeKey: true } });
  return rows.map((row) => `${row.userId} ${row.kind} ${row.dedupeKey}`).sort();
}

const expected = (userIds: string[], kind: NotificationKind, key: string) => userIds.map((id) => `${id} ${kind} ${key}`).sort();

describe("measure reminders", () => {
  it("tells exactly the responsible organisation's active users of measures due within 14 days or overdue, once", async () => {
    const responsible = await organisationWithUsers(2);
    const other = await organisationWithUsers(1);
    const live = await plan(responsible.id);
    const draft = await plan(responsible.id, "DRAFT");
    const today = "2026-03-10";
    const in14 = await measure(live.id, responsible.id, "2026-03-24");
    const in15 = await measure(live.id, responsible.id, "2026-03-25");
    const dueToday = await measure(live.id, responsible.id, "2026-03-10");
    const overdue = await measure(live.id, responsible.id, "2026-03-09", "NOT_MET");
    const metOverdue = await measure(live.id, responsible.id, "2026-03-01", "MET");
    const inDraft = await measure(draft.id, responsible.id, "2026-03-12");
    const othersMeasure = await measure(live.id, other.id, "2026-03-15");

    const counts = await sendMeasureReminders(today);
    expect(counts).toMatchObject({ due: 5, overdue: 2 });

    expect(await remindersOf(in14.id)).toEqual(expected(responsible.userIds, "MEASURE_DUE", `measure-due:${in14.id}:2026-03-24`));
    expect(await remindersOf(dueToday.id)).toEqual(expected(responsible.userIds, "MEASURE_DUE", `measure-due:${dueToday.id}:2026-03-10`));
    expect(await remindersOf(overdue.id)).toEqual(expected(responsible.userIds, "MEASURE_OVERDUE", `measure-overdue:${overdue.id}:2026-03-09`));
    expect(await remindersOf(othersMeasure.id)).toEqual(expected(other.userIds, "MEASURE_DUE", `measure-due:${othersMeasure.id}:2026-03-15`));
    expect(await remindersOf(in15.id)).toEqual([]);
    expect(await remindersOf(metOverdue.id)).toEqual([]);
    expect(await remindersOf(inDraft.id)).toEqual([]);
    expect(await test.db.notification.count({ where: { userId: { in: [responsible.disabledId, other.disabledId] } } })).toBe(0);

    // What the user reads: the measure, its plan and date, a link to the plan; no email without SMTP.
    const reminder = await test.db.notification.findFirstOrThrow({ where: { dedupeKey: `measure-overdue:${overdue.id}:2026-03-09`, userId: responsible.userIds[0] } });
    expect(reminder).toMatchObject({ messageKey: "measureOverdue", link: `/plans/${live.id}`, emailStatus: "NONE", readAt: null });
    expect(reminder.messageValues).toEqual({ measure: "Measure due 2026-03-09", plan: live.title, dueDate: "2026-03-09" });

    const before = await test.db.notification.count();
    expect(await sendMeasureReminders(today)).toMatchObject({ due: 0, overdue: 0 });
    expect(await test.db.notification.count()).toBe(before);
  });

  it("counts a measure due today as due and one due yesterday as overdue, in UTC", async () => {
    const responsible = await organisationWithUsers(1);
    const live = await plan(responsible.id, "APPROVED");
    const due31 = await measure(live.id, responsible.id, "2026-03-31");
    const due30 = await measure(live.id, responsible.id, "2026-03-30");
    await sendMeasureReminders("2026-03-31");
    expect(await remindersOf(due31.id)).toEqual(expected(responsible.userIds, "MEASURE_DUE", `measure-due:${due31.id}:2026-03-31`));
    expect(await remindersOf(due30.id)).toEqual(expected(responsible.userIds, "MEASURE_OVERDUE", `measure-overdue:${due30.id}:2026-03-30`));
  });

  it("queues the reminders' emails when SMTP is configured", async () => {
    const responsible = await organisationWithUsers(1);
    const live = await plan(responsible.id);
    const soon = await measure(live.id, responsible.id, "2026-04-02");
    vi.stubEnv("SMTP_URL", "smtp://mail.tracker.test:587");
    try {
      await sendMeasureReminders("2026-04-01");
    } finally {
      vi.unstubAllEnvs();
    }
    const [row] = await test.db.notification.findMany({ where: { dedupeKey: `measure-due:${soon.id}:2026-04-02` } });
    expect(row?.emailStatus).toBe("PENDING");
    // Leave nothing PENDING for the email tests below.
    await test.db.notification.updateMany({ where: { emailStatus: "PENDING" }, data: { emailStatus: "NONE" } });
  });
});

/** The app's real SMTP transport, to the test's mail server. */
const transport = () => smtpTransport(inbox.url);

/** What the mail server received for `email`. */
const receivedBy = (email: string) => inbox.received.filter((mail) => mail.envelope.to.includes(email));

async function pendingNotifications(count: number, userId?: string) {
  const user = userId ?? (await test.db.$transaction((tx) => createUser(tx))).id;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = await test.db.notification.create({
      data: { userId: user, kind: "COMMENT", messageKey: "comment", messageValues: { author: "Ana", target: `Plan ${i}`, excerpt: "Someone commented." }, link: `/plans/p${i}`, dedupeKey: `test:${crypto.randomUUID()}`, emailStatus: "PENDING" },
    });
    ids.push(row.id);
  }
  return { userId: user, ids };
}

const statuses = async (ids: string[]) =>
  (await test.db.notification.findMany({ where: { id: { in: ids } }, select: { emailStatus: true } })).map((row) => row.emailStatus);

describe("notification emails", () => {
  it("sends each PENDING notification once over SMTP, with its title and link, and nothing on a second run", async () => {
    const { userId, ids } = await pendingNotifications(3);
    const user = await test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await sendPendingEmails(transport(), { settings })).toEqual({ sent: 3, failed: 0 });
    const mails = receivedBy(user.email);
    expect(mails).toHaveLength(3);
    expect(mails.every((mail) => mail.envelope.to.length === 1 && mail.parsed.to && JSON.stringify(mail.parsed.to).includes(user.name))).toBe(true);
    expect(mails.map((mail) => mail.envelope.from)).toEqual(Array(3).fill("no-reply@tracker.test"));
    expect(mails.map((mail) => mail.subject).sort()).toEqual([0, 1, 2].map((i) => `[Labour Cooperation Tracker] Ana commented on Plan ${i}`));
    expect(mails.find((mail) => mail.subject.endsWith("Plan 1"))?.text).toContain("https://tracker.test/plans/p1");
    const rows = await test.db.notification.findMany({ where: { id: { in: ids } } });
    expect(rows.every((row) => row.emailStatus === "SENT" && row.emailedAt instanceof Date)).toBe(true);

    expect(await sendPendingEmails(transport(), { settings })).toEqual({ sent: 0, failed: 0 });
    expect(receivedBy(user.email)).toHaveLength(3);
  });

  it("leaves a notification PENDING when the mail server refuses it, sends it once on the retry, and gives up on the last attempt", async () => {
    const { userId, ids } = await pendingNotifications(1);
    const user = await test.db.user.findUniqueOrThrow({ where: { id: userId } });
    inbox.refuseNext(1);
    expect(await sendPendingEmails(transport(), { settings })).toEqual({ sent: 0, failed: 1 });
    expect(await statuses(ids)).toEqual(["PENDING"]);
    expect(receivedBy(user.email)).toHaveLength(0);

    expect(await sendPendingEmails(transport(), { settings })).toEqual({ sent: 1, failed: 0 });
    expect(await sendPendingEmails(transport(), { settings })).toEqual({ sent: 0, failed: 0 });
    expect(receivedBy(user.email)).toHaveLength(1);
    expect(await statuses(ids)).toEqual(["SENT"]);

    // The queue's last attempt: a refusal is final.
    const last = await pendingNotifications(1);
    inbox.refuseNext(1);
    await expect(deliverEmail(last.ids[0]!, transport(), { settings, lastAttempt: true })).rejects.toThrow(/last attempt/);
    expect(await statuses(last.ids)).toEqual(["FAILED"]);
    expect(await sendPendingEmails(transport(), { settings })).toEqual({ sent: 0, failed: 0 });
  });

  it("sends each notification once when two runs go at the same time", async () => {
    const { userId, ids } = await pendingNotifications(12);
    const user = await test.db.user.findUniqueOrThrow({ where: { id: userId } });
    const [a, b] = await Promise.all([sendPendingEmails(transport(), { settings }), sendPendingEmails(transport(), { settings })]);
    expect(a.sent + b.sent).toBe(12);
    const mails = receivedBy(user.email);
    expect(mails).toHaveLength(12);
    expect(new Set(mails.map((mail) => mail.subject)).size).toBe(12);
    expect(await statuses(ids)).toEqual(Array(12).fill("SENT"));
  });
});

describe("the notification API", () => {
  let me: Actor;
  let someoneElse: Actor;
  let myToken: string;
  const mine: string[] = [];
  let theirs: string;

  beforeAll(async () => {
    me = await createActor(test.db, "CIVIL_SOCIETY");
    someoneElse = await createActor(test.db, "GOVERNMENT");
    myToken = await tokenFor(me);
    for (let i = 0; i < 3; i++) {
      const row = await test.db.notification.create({
        data: { userId: me.id, kind: "PLAN_REVIEWED", messageKey: "planApproved", messageValues: { plan: `Review ${i}`, comment: "" }, link: "/plans/x", dedupeKey: `api:${i}`, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) },
      });
      mine.push(row.id);
    }
    theirs = (await test.db.notification.create({ data: { userId: someoneElse.id, kind: "COMMENT", messageKey: "comment", messageValues: { author: "Ana", target: "Not yours", excerpt: "" }, link: "/plans/y", dedupeKey: "api:theirs" } })).id;
  });

  type Row = { id: string; title: string; readAt: string | null };
  type ListBody = { data: Row[]; page: { limit: number; nextCursor: string | null } };
  // `token: null` calls anonymously.
  const list = async (query = "", token: string | null = myToken) => listRoute(apiRequest(`/api/v1/notifications${query}`, { token: token ?? undefined }), params({}));
  const read = (id: string, token: string | null = myToken) => readRoute(apiRequest(`/api/v1/notifications/${id}/read`, { token: token ?? undefined, method: "POST" }), params({ id }));

  it("lists only the caller's own notifications, newest first, paged", async () => {
    const first = (await (await list("?limit=2")).json()) as ListBody;
    expect(first.data.map((row) => row.title)).toEqual(["Plan approved: Review 2", "Plan approved: Review 1"]);
    expect(first.page.nextCursor).toBeTruthy();
    const second = (await (await list(`?limit=2&cursor=${first.page.nextCursor}`)).json()) as ListBody;
    expect(second.data.map((row) => row.title)).toEqual(["Plan approved: Review 0"]);
    expect(second.page.nextCursor).toBeNull();
    expect((await list("?unread=maybe")).status).toBe(400);
  });

  it("refuses a cursor it did not give out, and someone else's notification as a cursor, with a field error", async () => {
    for (const cursor of ["garbage", theirs]) {
      const response = await list(`?cursor=${cursor}`);
      expect(response.status, cursor).toBe(400);
      expect(await response.json()).toMatchObject({ error: { fieldErrors: { cursor: ["cursor is not one this API gave out"] } } });
    }
  });

  it("marks one read, filters unread ones, refuses someone else's with 404, and marks all read", async () => {
    const response = await read(mine[0]!);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: Row }).data.readAt).toBeTruthy();
    // Marking again is harmless.
    expect((await read(mine[0]!)).status).toBe(200);

    const unread = (await (await list("?unread=true")).json()) as ListBody;
    expect(unread.data.map((row) => row.id).sort()).toEqual([mine[1], mine[2]].sort());

    expect((await read(theirs)).status).toBe(404);
    expect((await read("no-such-id")).status).toBe(404);
    expect((await test.db.notification.findUniqueOrThrow({ where: { id: theirs } })).readAt).toBeNull();

    const all = await readAllRoute(apiRequest("/api/v1/notifications/read-all", { token: myToken, method: "POST" }), params({}));
    expect(all.status).toBe(200);
    expect(await all.json()).toEqual({ data: { marked: 2 } });
    expect(((await (await list("?unread=true")).json()) as ListBody).data).toEqual([]);
    expect((await test.db.notification.findUniqueOrThrow({ where: { id: theirs } })).readAt).toBeNull();
    // Personal state: nothing in the audit trail.
    expect(await test.db.auditEvent.count({ where: { entityType: "Notification" } })).toBe(0);
  });

  it("refuses anonymous callers with 401", async () => {
    expect((await list("", null)).status).toBe(401);
    expect((await read(mine[0]!, null)).status).toBe(401);
    expect((await readAllRoute(apiRequest("/api/v1/notifications/read-all", { method: "POST" }), params({}))).status).toBe(401);
  });
});

describe("the pg-boss worker", () => {
  let worker: Worker | undefined;

  beforeAll(async () => {
    // SMTP_URL's way: the worker makes its own transport to the mail server.
    worker = await startWorker({ url: test.url, log: pino({ level: "silent" }), mail: { ...settings, smtpUrl: inbox.url }, pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await worker?.stop();
  });

  async function settled(queue: string, id: string) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const job = await worker!.boss.getJobById(queue, id);
      if (job && ["completed", "failed"].includes(job.state)) return job;
      if (Date.now() > deadline) throw new Error(`job ${id} did not finish in 30 s (state ${job?.state})`);
      await sleep(250);
    }
  }

  it("runs a reminder job from the queue", async () => {
    const responsible = await organisationWithUsers(1);
    const live = await plan(responsible.id);
    const soon = await measure(live.id, responsible.id, "2026-06-05");
    const id = await worker!.boss.send(QUEUES.reminders, { today: "2026-06-01" });
    expect(id).toBeTruthy();
    const job = await settled(QUEUES.reminders, id!);
    expect(job.state).toBe("completed");
    expect(await remindersOf(soon.id)).toEqual(expected(responsible.userIds, "MEASURE_DUE", `measure-due:${soon.id}:2026-06-05`));
  });

  it("emails a PENDING notification through the queue once, however often the sweep runs", async () => {
    const { userId, ids } = await pendingNotifications(1);
    const user = await test.db.user.findUniqueOrThrow({ where: { id: userId } });
    const sweeps = await Promise.all([worker!.boss.send(QUEUES.emailSweep, {}), worker!.boss.send(QUEUES.emailSweep, {})]);
    for (const sweep of sweeps.filter((id): id is string => Boolean(id))) await settled(QUEUES.emailSweep, sweep);
    const deadline = Date.now() + 30_000;
    while ((await statuses(ids))[0] !== "SENT" && Date.now() < deadline) await sleep(250);
    expect(await statuses(ids)).toEqual(["SENT"]);
    // One job for the notification, whose id is derived from it.
    expect((await settled(QUEUES.email, emailJobId(ids[0]!))).state).toBe("completed");
    await sleep(1_000);
    expect(receivedBy(user.email).map((mail) => mail.subject)).toEqual(["[Labour Cooperation Tracker] Ana commented on Plan 0"]);
  });
});
