// `npm run worker`: the background worker alone (reminders, notification emails), for running it
// apart from the app servers (start those with WORKER=0). Uses DATABASE_URL, or the embedded
// PostgreSQL under DATA_DIR the way the other scripts do; stops cleanly on SIGTERM or SIGINT.
import { applyMigrations } from "@/lib/platform/db/migrate";
import { allowServerOnlyModules } from "@/lib/platform/jobs/outside-next";
import { log, withDatabase } from "./cli";

allowServerOnlyModules();
const { startWorker } = await import("@/lib/domain/notifications/worker");
const { mailSettings } = await import("@/lib/domain/notifications/email-settings");

await withDatabase(async (database) => {
  // The worker writes notifications, so the schema it writes to must be current.
  const applied = await applyMigrations(database.url);
  if (applied.length) log.info(`Applied ${applied.length} migration(s).`);

  const worker = await startWorker({ url: database.url, log, mail: mailSettings() });
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      log.info(`Stopping the worker (${signal})…`);
      void worker.stop().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
});
