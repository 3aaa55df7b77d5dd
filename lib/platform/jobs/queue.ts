import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { createPrismaClient, type Db } from "@/lib/platform/db/create-client";
import { deliverEmail } from "@/lib/domain/notifications/deliver-email";
import { smtpTransport, type MailSettings, type MailTransport } from "@/lib/domain/notifications/email-settings";
import { pendingEmailIds } from "@/lib/domain/notifications/send-pending-emails";
import { sendMeasureReminders } from "@/lib/domain/notifications/send-measure-reminders";
import { todayUtc } from "@/lib/domain/monitoring/progress";

/** The job queues, in pg-boss's tables (schema "pgboss") of the app's own database. */
export const QUEUES = {
  /** Daily: MEASURE_DUE and MEASURE_OVERDUE notifications. Data: `{ today?: "YYYY-MM-DD" }`. */
  reminders: "measure-reminders",
  /** Every minute: one `email` job per notification whose email is PENDING. */
  emailSweep: "notification-email-sweep",
  /** One notification's email. Data: `{ notificationId }`. */
  email: "notification-email",
} as const;

/** Every day at 06:00 UTC. */
export const REMINDER_CRON = "0 6 * * *";
export const EMAIL_SWEEP_CRON = "* * * * *";

const QUEUE_OPTIONS: Record<keyof typeof QUEUES, Omit<PgBoss.Queue, "name">> = {
  // One run at a time across all workers; a failed run is retried (it creates nothing twice).
  reminders: { policy: "singleton", retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 30 * 60 },
  emailSweep: { policy: "singleton", retryLimit: 0, expireInSeconds: 5 * 60 },
  // 1 + 5 attempts, retried after 1–2, 2–4, 4–8, 8–16 and 16–32 minutes (pg-boss's backoff with jitter).
  email: { policy: "standard", retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 2 * 60 },
};

/** pg's errors carry their whole client; log what helps. */
const errorDetail = (error: Error) => ({ message: error.message, code: (error as { code?: string }).code });

type ReminderJob = { today?: string };
type EmailJob = { notificationId: string };

/** A pg-boss instance on the database at `url`, not started. */
export function createQueue(url: string, { max = 4 }: { max?: number } = {}): PgBoss {
  return new PgBoss({ connectionString: url, application_name: "lct-worker", max });
}

/** Starts `boss` (creating or migrating its tables) and creates the app's queues if they are missing. */
export async function startQueue(boss: PgBoss, log: Logger): Promise<PgBoss> {
  boss.on("error", (error) => log.error(errorDetail(error), "job queue error"));
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const key of Object.keys(QUEUES) as (keyof typeof QUEUES)[]) {
    const options = { name: QUEUES[key], ...QUEUE_OPTIONS[key] };
    if (existing.has(QUEUES[key])) await boss.updateQueue(QUEUES[key], options);
    else await boss.createQueue(QUEUES[key], options);
  }
  return boss;
}

/**
 * The pg-boss job id for a notification's email: the same notification always gets the same id,
 * and pg-boss inserts a job whose id exists with ON CONFLICT DO NOTHING, so the sweep enqueues each
 * email once however often it runs (and never beside a job that is waiting for its retry).
 */
export function emailJobId(notificationId: string): string {
  const hex = createHash("sha256").update(`notification-email:${notificationId}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Enqueues an `email` job for every PENDING notification (each at most once). Returns how many were looked at. */
export async function enqueuePendingEmails(boss: PgBoss, client: Db): Promise<number> {
  let seen = 0;
  for await (const ids of pendingEmailIds(client)) {
    await boss.insert(ids.map((notificationId) => ({ id: emailJobId(notificationId), name: QUEUES.email, data: { notificationId } })));
    seen += ids.length;
  }
  return seen;
}

export type WorkerOptions = {
  /** The app's database; pg-boss keeps its tables there too. */
  url: string;
  log: Logger;
  mail: MailSettings;
  /** A transport other than SMTP_URL's (tests). */
  transport?: MailTransport;
  /** How often an idle worker looks for jobs. */
  pollingIntervalSeconds?: number;
};

export type Worker = { boss: PgBoss; stop: () => Promise<void> };

/**
 * Starts the background worker: the daily reminder schedule and its handler, and, when SMTP is
 * configured (or a transport given), the per-minute email sweep and the email handler. Any number of
 * workers may run against one database: pg-boss hands each job to one of them, and the handlers are
 * idempotent in any case. `stop()` lets running jobs finish (up to 20 s) and closes the connections.
 */
export async function startWorker({ url, log, mail, transport, pollingIntervalSeconds = 2 }: WorkerOptions): Promise<Worker> {
  const client = createPrismaClient(url, { poolSize: 4 });
  const boss = createQueue(url);
  try {
    await startQueue(boss, log);

    await boss.work<ReminderJob>(QUEUES.reminders, { pollingIntervalSeconds }, async ([job]) => {
      const counts = await sendMeasureReminders(job?.data?.today ?? todayUtc(), client);
      log.info(counts, "Measure reminders sent.");
      return counts;
    });
    await boss.schedule(QUEUES.reminders, REMINDER_CRON, {}, { tz: "UTC" });

    const sender = transport ?? (mail.smtpUrl ? smtpTransport(mail.smtpUrl) : undefined);
    if (sender) {
      await boss.work(QUEUES.emailSweep, { pollingIntervalSeconds }, async () => ({ pending: await enqueuePendingEmails(boss, client) }));
      await boss.work<EmailJob>(QUEUES.email, { pollingIntervalSeconds, includeMetadata: true }, async ([job]) => {
        if (!job) return;
        const lastAttempt = job.retryCount >= job.retryLimit;
        try {
          return { sent: await deliverEmail(job.data.notificationId, sender, { client, settings: mail, lastAttempt }) };
        } catch (error) {
          log.warn({ err: error, notificationId: job.data.notificationId, attempt: job.retryCount + 1 }, lastAttempt ? "Notification email failed for good." : "Notification email failed; it will be retried.");
          throw error;
        }
      });
      await boss.schedule(QUEUES.emailSweep, EMAIL_SWEEP_CRON, {}, { tz: "UTC" });
    } else {
      await boss.unschedule(QUEUES.emailSweep);
    }
    log.info(`Worker started: reminders daily (${REMINDER_CRON} UTC)${sender ? ", emails every minute" : "; emails off (no SMTP_URL)"}.`);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    await client.$disconnect().catch(() => undefined);
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    boss,
    stop: () =>
      (stopped ??= (async () => {
        // The embedded database stops on the same signal: connection errors from now on are expected.
        boss.removeAllListeners("error");
        boss.on("error", (error) => log.debug(errorDetail(error), "job queue error while stopping"));
        await boss.stop({ graceful: true, timeout: 20_000, wait: true }).catch((error) => log.warn({ err: error }, "job queue did not stop cleanly"));
        await client.$disconnect().catch(() => undefined);
        log.info("Worker stopped.");
      })()),
  };
}
