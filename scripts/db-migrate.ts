import { applyMigrations } from "@/lib/platform/db/migrate";
import { log, withDatabase } from "./cli";

await withDatabase(async ({ url }) => {
  const applied = await applyMigrations(url);
  log.info(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.");
});
