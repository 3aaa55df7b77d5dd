// Two background workers on one database, as when every app instance runs one: they start together
// on a database pg-boss has not set up yet, keep one schedule per job between them, and each email
// is sent once, however many sweeps both of them run; each user's daily digest likewise.
import { setTimeout as sleep } from "node:timers/promises";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MailTransport } from "@/lib/domain/notifications/email-settings";
import { DIGEST_CRON, EMAIL_SWEEP_CRON, IMPORT_SWEEP_CRON, QUEUES, REMINDER_CRON, startWorker, type Worker } from "@/lib/domain/notifications/worker";
import { createUser } from "@/prisma/seed/factories";
import { provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
const sent: string[] = [];
const transport: MailTransport = {
  async sendMail(message) {
    await sleep(50);
    sent.push(String(message.subject));
    return { messageId: String(sent.length) };
  },
};
const settings = { from: "Tracker <no-reply@tracker.test>", appUrl: "https://tracker.test" };
let workers: Worker[] = [];

beforeAll(async () => {
  const start = () => startWorker({ url: test.url, log: pino({ level: "silent" }), mail: settings, transport, pollingIntervalSeconds: 0.5 });
  workers = await Promise.all([start(), start()]);
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
});

describe("two workers on one database", () => {
  it("start together and keep one schedule per job between them", async () => {
    const schedules = await workers[0]!.boss.getSchedules();
    expect(schedules.map((schedule: { name: string; cron: string }) => [schedule.name, schedule.cron]).sort()).toEqual(
      [
        [QUEUES.reminders, REMINDER_CRON],
        [QUEUES.emailSweep, EMAIL_SWEEP_CRON],
        [QUEUES.digest, DIGEST_CRON],
        [QUEUES.importSweep, IMPORT_SWEEP_CRON],
      ].sort(),
    );
  });

  it("send each notification's email once, however many sweeps both of them run", async () => {
    const user = await test.db.$transaction((tx) => createUser(tx));
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const row = await test.db.notification.create({
        data: { userId: user.id, kind: "COMMENT", messageKey: "comment", messageValues: { author: "Ana", target: `Two workers ${i}`, excerpt: "Someone commented." }, link: `/plans/p${i}`, dedupeKey: `test:${crypto.randomUUID()}`, emailStatus: "PENDING" },
      });
      ids.push(row.id);
    }
    // Sweeps asked of both workers at once, as their schedules would on the same minute.
    await Promise.all(workers.flatMap((worker) => [worker.boss.send(QUEUES.emailSweep, {}), worker.boss.send(QUEUES.emailSweep, {})]));
    const deadline = Date.now() + 30_000;
    const pending = async () => test.db.notification.count({ where: { id: { in: ids }, emailStatus: { not: "SENT" } } });
    while ((await pending()) > 0 && Date.now() < deadline) await sleep(250);
    expect(await pending()).toBe(0);
    // Another round of sweeps finds nothing to send; nothing arrives twice.
    await Promise.all(workers.map((worker) => worker.boss.send(QUEUES.emailSweep, {})));
    await sleep(2_000);
    const mine = sent.filter((subject) => subject.includes("Two workers"));
    expect(mine).toHaveLength(6);
    expect(new Set(mine).size).toBe(6);
  });

  it("send a user's daily digest once, however many digest runs both of them make", async () => {
    const user = await test.db.$transaction((tx) => createUser(tx, { timeZone: "Europe/Paris" }));
    for (let i = 0; i < 2; i++) {
      await test.db.notification.create({
        data: { userId: user.id, kind: "CIVIL_SOCIETY_COMMENT", messageKey: "comment", messageValues: { author: "Ana", target: `Digest ${i}`, excerpt: "Someone commented." }, link: `/programs/p${i}`, dedupeKey: `test:${crypto.randomUUID()}`, emailStatus: "DIGEST", createdAt: new Date("2026-05-01T08:00:00Z") },
      });
    }
    // 20:00 in Paris: runs asked of both workers at once, twice each.
    const now = "2026-05-01T18:00:00Z";
    await Promise.all(workers.flatMap((worker) => [worker.boss.send(QUEUES.digest, { now }), worker.boss.send(QUEUES.digest, { now })]));
    const deadline = Date.now() + 30_000;
    const waiting = async () => test.db.notification.count({ where: { userId: user.id, emailStatus: { not: "SENT" } } });
    while ((await waiting()) > 0 && Date.now() < deadline) await sleep(250);
    expect(await waiting()).toBe(0);
    await Promise.all(workers.map((worker) => worker.boss.send(QUEUES.digest, { now })));
    await sleep(2_000);
    expect(sent.filter((subject) => subject.includes("Daily digest"))).toEqual(["[Labour Cooperation Tracker] Daily digest, May 1, 2026: 2 notifications"]);
    expect(await test.db.notificationDigest.count({ where: { userId: user.id } })).toBe(1);
  });
});
