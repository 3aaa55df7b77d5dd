import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { createPrismaClient, type Db } from "@/lib/platform/db/create-client";
import { createQueue, errorDetail, stableJobId, startQueue, type QueueOptions } from "@/lib/platform/jobs/queue";
import { todayUtc } from "@/lib/domain/monitoring/progress";
import { deliverEmail } from "./deliver-email";
import { smtpTransport, type MailSettings, type MailTransport } from "./email-settings";
import { sendMeasureReminders, type ReminderCounts } from "./send-measure-reminders";
import { sendSubmissionReminders, type SubmissionReminderCounts } from "./send-submission-reminders";
import { DIGEST_HOUR, sendDailyDigests } from "./send-daily-digests";
import { pendingEmailIds } from "./send-pending-emails";
import { resumeStalledImports } from "@/lib/domain/imports/resume-imports";

/** The job queues of the background worker. */
export const QUEUES = {
  /**
   * Daily: MEASURE_DUE and MEASURE_OVERDUE notifications, then SUBMISSION_DUE and SUBMISSION_OVERDUE
   * ones (the queue keeps its first name, under which its schedule is stored). Data: `{ today?: "YYYY-MM-DD" }`.
   */
  reminders: "measure-reminders",
  /** Every minute: one `email` job per notification whose email is PENDING. */
  emailSweep: "notification-email-sweep",
  /** One notification's email. Data: `{ notificationId }`. */
  email: "notification-email",
  /** Every hour: the daily digests of the users for whom it is DIGEST_HOUR or later today. Data: `{ now?: ISO time }`. */
  digest: "notification-digest",
  /** Every minute: resumes the imports (IATI files, spreadsheets) whose reading or writing stopped part-way. */
  importSweep: "spreadsheet-import-sweep",
} as const;

/** Every day at 06:00 UTC. */
export const REMINDER_CRON = "0 6 * * *";
export const EMAIL_SWEEP_CRON = "* * * * *";
/**
 * Every hour on the hour: a user's digest goes at the first run from 18:00 in their own time zone
 * (at 18:30 for a zone half an hour off UTC), once a day whatever the number of runs or workers.
 */
export const DIGEST_CRON = "0 * * * *";
export const IMPORT_SWEEP_CRON = "* * * * *";

const QUEUE_OPTIONS: Record<(typeof QUEUES)[keyof typeof QUEUES], QueueOptions> = {
  // One run at a time across all workers; a failed run is retried (it creates nothing twice).
  [QUEUES.reminders]: { policy: "singleton", retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 30 * 60 },
  [QUEUES.emailSweep]: { policy: "singleton", retryLimit: 0, expireInSeconds: 5 * 60 },
  // 1 + 5 attempts, retried after 1–2, 2–4, 4–8, 8–16 and 16–32 minutes (pg-boss's backoff with jitter).
  [QUEUES.email]: { policy: "standard", retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 2 * 60 },
  // A digest that failed is given back to the next hourly run: no retry of the run itself.
  [QUEUES.digest]: { policy: "singleton", retryLimit: 0, expireInSeconds: 30 * 60 },
  // An import's work may take minutes; each import is claimed by one process at a time in any case.
  [QUEUES.importSweep]: { policy: "singleton", retryLimit: 0, expireInSeconds: 30 * 60 },
};

type ReminderJob = { today?: string };
/** What a reminder run created, for the job's result and the log. */
export type ReminderJobResult = { measures: ReminderCounts; submissions: SubmissionReminderCounts };
type EmailJob = { notificationId: string };
type DigestJob = { now?: string };

/** The pg-boss job id for a notification's email, so that the sweep enqueues each email once. */
export function emailJobId(notificationId: string): string {
  return stableJobId(`notification-email:${notificationId}`);
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
    await startQueue(boss, log, QUEUE_OPTIONS, url);

    await boss.work<ReminderJob>(QUEUES.reminders, { pollingIntervalSeconds }, async ([job]): Promise<ReminderJobResult> => {
      const today = job?.data?.today ?? todayUtc();
      // A failure in either retries the whole run, which creates nothing twice.
      const result = { measures: await sendMeasureReminders(today, client), submissions: await sendSubmissionReminders(today, client) };
      log.info(result, "Reminders sent.");
      return result;
    });
    await boss.schedule(QUEUES.reminders, REMINDER_CRON, {}, { tz: "UTC" });

    // The domain's data access (db()) uses this process's client.
    (globalThis as { prisma?: Db }).prisma ??= client;
    await boss.work(QUEUES.importSweep, { pollingIntervalSeconds }, async () => {
      const resumed = await resumeStalledImports();
      if (resumed) log.info({ resumed }, "Stalled imports resumed.");
      return { resumed };
    });
    await boss.schedule(QUEUES.importSweep, IMPORT_SWEEP_CRON, {}, { tz: "UTC" });

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
      await boss.work<DigestJob>(QUEUES.digest, { pollingIntervalSeconds }, async ([job]) => {
        const now = job?.data?.now ? new Date(job.data.now) : new Date();
        const counts = await sendDailyDigests(sender, { now: Number.isNaN(now.getTime()) ? new Date() : now, client, settings: mail });
        if (counts.sent || counts.failed) log.info(counts, "Daily digests sent.");
        return counts;
      });
      await boss.schedule(QUEUES.digest, DIGEST_CRON, {}, { tz: "UTC" });
    } else {
      await boss.unschedule(QUEUES.emailSweep);
      await boss.unschedule(QUEUES.digest);
    }
    log.info(`Worker started: reminders daily (${REMINDER_CRON} UTC), stalled imports resumed every minute${sender ? `, emails every minute, daily digests from ${DIGEST_HOUR}:00 in each user's time zone` : "; emails off (no SMTP_URL)"}.`);
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
