// Submission reminders: the ministry of a submission's contact point is told of a decision or a
// report falling due within 7 days and of one it missed, exactly once per deadline and date, by the
// daily reminders job of the pg-boss worker.
import { setTimeout as sleep } from "node:timers/promises";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { NotificationKind, SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { sendSubmissionReminders } from "@/lib/domain/notifications/send-submission-reminders";
import { QUEUES, startWorker, type ReminderJobResult } from "@/lib/domain/notifications/worker";
import { createAgreement, createInstitution, createOrganisation, createUser } from "@/prisma/seed/factories";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);

let agreementId: string;
let submitterId: string;
let contactPoint: { MX: string; US: string };
/** Every active GOVERNMENT user of Mexico, in two ministries. */
let mexicanMinistry: string[];
let usMinistry: string[];
/** Users who are never told: a disabled official, an analyst of a Mexican ministry, Mexican civil society, the US ministry (for Mexico's submissions). */
let bystanders: string[];

beforeAll(async () => {
  await test.db.$transaction(async (tx) => {
    agreementId = (await createAgreement(tx, { parties: ["MX", "US"] })).id;
    contactPoint = {
      MX: (await createInstitution(tx, { agreementId, kind: "CONTACT_POINT", countryCode: "MX" })).id,
      US: (await createInstitution(tx, { agreementId, kind: "CONTACT_POINT", countryCode: "US" })).id,
    };
    const labour = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const economy = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const us = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" });
    const union = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" });
    submitterId = union.id;
    const user = async (organisationId: string, role: "GOVERNMENT" | "ANALYST" | "CIVIL_SOCIETY", disabled = false) =>
      (await createUser(tx, { organisationId, role, disabled })).id;
    mexicanMinistry = [await user(labour.id, "GOVERNMENT"), await user(labour.id, "GOVERNMENT"), await user(economy.id, "GOVERNMENT")].sort();
    usMinistry = [await user(us.id, "GOVERNMENT")];
    bystanders = [await user(labour.id, "GOVERNMENT", true), await user(labour.id, "ANALYST"), await user(union.id, "CIVIL_SOCIETY")];
  });
});

type Given = { status: SubmissionStatus; decisionDueOn?: string; reportDueOn?: string; country?: "MX" | "US" };

async function submission({ status, decisionDueOn, reportDueOn, country = "MX" }: Given) {
  const day = (date?: string) => (date ? new Date(`${date}T00:00:00Z`) : null);
  return test.db.submission.create({
    data: {
      agreementId,
      concernsCountryCode: country,
      contactPointId: contactPoint[country],
      organisationId: submitterId,
      title: `${status} submission, decision ${decisionDueOn ?? "-"}, report ${reportDueOn ?? "-"}`,
      status,
      decisionDueOn: day(decisionDueOn),
      reportDueOn: day(reportDueOn),
    },
  });
}

/** The notifications about `submissionId`, as (user, kind, dedupe key) triples. */
async function remindersOf(submissionId: string) {
  const rows = await test.db.notification.findMany({ where: { dedupeKey: { contains: `:${submissionId}:` } }, select: { userId: true, kind: true, dedupeKey: true } });
  return rows.map((row) => `${row.userId} ${row.kind} ${row.dedupeKey}`).sort();
}

const expected = (userIds: string[], kind: NotificationKind, key: string) => userIds.map((id) => `${id} ${kind} ${key}`).sort();

describe("submission reminders", () => {
  it("tells the contact point's ministry of decisions and reports due within 7 days or missed, once", async () => {
    const today = "2026-03-10";
    const decisionIn7 = await submission({ status: "FILED", decisionDueOn: "2026-03-17" });
    const decisionIn8 = await submission({ status: "FILED", decisionDueOn: "2026-03-18" });
    const decisionToday = await submission({ status: "ACKNOWLEDGED", decisionDueOn: "2026-03-10" });
    const decisionMissed = await submission({ status: "FILED", decisionDueOn: "2026-03-09" });
    // Accepted: its decision deadline is behind it; its report is what it waits on.
    const reportIn2 = await submission({ status: "ACCEPTED", decisionDueOn: "2026-01-15", reportDueOn: "2026-03-12" });
    const reportIn9 = await submission({ status: "UNDER_REVIEW", decisionDueOn: "2026-01-15", reportDueOn: "2026-03-19" });
    const reportMissed = await submission({ status: "UNDER_REVIEW", decisionDueOn: "2026-01-15", reportDueOn: "2026-02-01" });
    const finished = [
      await submission({ status: "DRAFT", decisionDueOn: "2026-03-12" }),
      await submission({ status: "DECLINED", decisionDueOn: "2026-03-01" }),
      await submission({ status: "REPORTED", decisionDueOn: "2026-01-15", reportDueOn: "2026-03-01" }),
      await submission({ status: "CLOSED", decisionDueOn: "2026-01-15", reportDueOn: "2026-03-01" }),
    ];
    const withUs = await submission({ status: "FILED", decisionDueOn: "2026-03-11", country: "US" });

    expect(await sendSubmissionReminders(today)).toMatchObject({ due: 3 * 3 + 1, overdue: 2 * 3 });

    expect(await remindersOf(decisionIn7.id)).toEqual(expected(mexicanMinistry, "SUBMISSION_DUE", `submission-decision-due:${decisionIn7.id}:2026-03-17`));
    expect(await remindersOf(decisionToday.id)).toEqual(expected(mexicanMinistry, "SUBMISSION_DUE", `submission-decision-due:${decisionToday.id}:2026-03-10`));
    expect(await remindersOf(decisionMissed.id)).toEqual(expected(mexicanMinistry, "SUBMISSION_OVERDUE", `submission-decision-overdue:${decisionMissed.id}:2026-03-09`));
    expect(await remindersOf(reportIn2.id)).toEqual(expected(mexicanMinistry, "SUBMISSION_DUE", `submission-report-due:${reportIn2.id}:2026-03-12`));
    expect(await remindersOf(reportMissed.id)).toEqual(expected(mexicanMinistry, "SUBMISSION_OVERDUE", `submission-report-overdue:${reportMissed.id}:2026-02-01`));
    expect(await remindersOf(withUs.id)).toEqual(expected(usMinistry, "SUBMISSION_DUE", `submission-decision-due:${withUs.id}:2026-03-11`));
    expect(await remindersOf(decisionIn8.id)).toEqual([]);
    expect(await remindersOf(reportIn9.id)).toEqual([]);
    for (const { id, status } of finished) expect(await remindersOf(id), status).toEqual([]);
    expect(await test.db.notification.count({ where: { userId: { in: bystanders } } })).toBe(0);

    // What the ministry reads: the submission's title and deadline, the right message, a link to it.
    const decision = await test.db.notification.findFirstOrThrow({ where: { dedupeKey: `submission-decision-overdue:${decisionMissed.id}:2026-03-09`, userId: mexicanMinistry[0] } });
    expect(decision).toMatchObject({ messageKey: "submissionDecisionOverdue", link: `/submissions/${decisionMissed.id}`, emailStatus: "NONE", readAt: null });
    expect(decision.messageValues).toEqual({ submission: decisionMissed.title, dueDate: "2026-03-09" });
    const report = await test.db.notification.findFirstOrThrow({ where: { dedupeKey: `submission-report-due:${reportIn2.id}:2026-03-12`, userId: mexicanMinistry[0] } });
    expect(report).toMatchObject({ messageKey: "submissionReportDue", link: `/submissions/${reportIn2.id}` });
    expect(report.messageValues).toEqual({ submission: reportIn2.title, dueDate: "2026-03-12" });
    expect((await test.db.notification.findFirstOrThrow({ where: { dedupeKey: `submission-decision-due:${decisionIn7.id}:2026-03-17` } })).messageKey).toBe("submissionDecisionDue");
    expect((await test.db.notification.findFirstOrThrow({ where: { dedupeKey: `submission-report-overdue:${reportMissed.id}:2026-02-01` } })).messageKey).toBe("submissionReportOverdue");

    // A second run the same day creates nothing.
    const before = await test.db.notification.count();
    expect(await sendSubmissionReminders(today)).toMatchObject({ due: 0, overdue: 0 });
    expect(await test.db.notification.count()).toBe(before);

    // The next day: the deadline met on its day is missed now, and one 7 days ahead comes due.
    expect(await sendSubmissionReminders("2026-03-11")).toMatchObject({ due: 3, overdue: 3 });
    expect(await remindersOf(decisionToday.id)).toEqual(
      [...expected(mexicanMinistry, "SUBMISSION_DUE", `submission-decision-due:${decisionToday.id}:2026-03-10`), ...expected(mexicanMinistry, "SUBMISSION_OVERDUE", `submission-decision-overdue:${decisionToday.id}:2026-03-10`)].sort(),
    );
    expect(await remindersOf(decisionIn8.id)).toEqual(expected(mexicanMinistry, "SUBMISSION_DUE", `submission-decision-due:${decisionIn8.id}:2026-03-18`));
    expect(await remindersOf(reportIn9.id)).toEqual([]);
    expect(await remindersOf(withUs.id)).toEqual(expected(usMinistry, "SUBMISSION_DUE", `submission-decision-due:${withUs.id}:2026-03-11`));
  });

  it("reminds again of a deadline moved to another day, once", async () => {
    const moved = await submission({ status: "FILED", decisionDueOn: "2026-04-05" });
    await sendSubmissionReminders("2026-04-01");
    expect(await remindersOf(moved.id)).toEqual(expected(mexicanMinistry, "SUBMISSION_DUE", `submission-decision-due:${moved.id}:2026-04-05`));

    await test.db.submission.update({ where: { id: moved.id }, data: { decisionDueOn: new Date("2026-04-08T00:00:00Z") } });
    await sendSubmissionReminders("2026-04-02");
    await sendSubmissionReminders("2026-04-02");
    expect(await remindersOf(moved.id)).toEqual(
      [...expected(mexicanMinistry, "SUBMISSION_DUE", `submission-decision-due:${moved.id}:2026-04-05`), ...expected(mexicanMinistry, "SUBMISSION_DUE", `submission-decision-due:${moved.id}:2026-04-08`)].sort(),
    );

    // Accepted: the decision is made, and the report is announced in its turn.
    await test.db.submission.update({ where: { id: moved.id }, data: { status: "ACCEPTED", reportDueOn: new Date("2026-04-20T00:00:00Z") } });
    await sendSubmissionReminders("2026-04-15");
    expect((await remindersOf(moved.id)).filter((line) => !line.includes("submission-decision-due:"))).toEqual(
      expected(mexicanMinistry, "SUBMISSION_DUE", `submission-report-due:${moved.id}:2026-04-20`),
    );
  });

  it("reaches every submission when there are more than a batch of them", async () => {
    const rows = Array.from({ length: 205 }, (_, i) => ({
      agreementId,
      concernsCountryCode: "US",
      contactPointId: contactPoint.US,
      organisationId: submitterId,
      title: `Batch ${i}`,
      status: "FILED" as const,
      decisionDueOn: new Date("2026-05-04T00:00:00Z"),
    }));
    const ids = (await test.db.submission.createManyAndReturn({ data: rows, select: { id: true } })).map((row) => row.id);
    const counts = await sendSubmissionReminders("2026-05-01");
    expect(counts.due).toBeGreaterThanOrEqual(205);
    const keys = await test.db.notification.findMany({ where: { userId: usMinistry[0], dedupeKey: { startsWith: "submission-decision-due:", endsWith: ":2026-05-04" } }, select: { dedupeKey: true } });
    expect(keys.map((row) => row.dedupeKey.split(":")[1]).sort()).toEqual([...ids].sort());
  });
});

describe("the daily reminders job", () => {
  it("sends the submission reminders and reports both counts", async () => {
    const soon = await submission({ status: "ACKNOWLEDGED", decisionDueOn: "2026-06-03" });
    const worker = await startWorker({ url: test.url, log: pino({ level: "silent" }), mail: { from: "Tracker <no-reply@tracker.test>", appUrl: "https://tracker.test" }, pollingIntervalSeconds: 0.5 });
    try {
      const id = await worker.boss.send(QUEUES.reminders, { today: "2026-06-01" });
      expect(id).toBeTruthy();
      const deadline = Date.now() + 30_000;
      let job = await worker.boss.getJobById(QUEUES.reminders, id!);
      while (!job || !["completed", "failed"].includes(job.state)) {
        if (Date.now() > deadline) throw new Error(`job ${id} did not finish in 30 s (state ${job?.state})`);
        await sleep(250);
        job = await worker.boss.getJobById(QUEUES.reminders, id!);
      }
      expect(job.state).toBe("completed");
      const output = job.output as ReminderJobResult;
      expect(output.measures).toEqual({ measures: 0, due: 0, overdue: 0 });
      expect(output.submissions.due).toBeGreaterThanOrEqual(mexicanMinistry.length);
      expect(await remindersOf(soon.id)).toEqual(expected(mexicanMinistry, "SUBMISSION_DUE", `submission-decision-due:${soon.id}:2026-06-03`));
    } finally {
      await worker.stop();
    }
  });
});
