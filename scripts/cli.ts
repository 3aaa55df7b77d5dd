import { EnvError, parseEnv, ZLauncherEnv, type TLauncherEnv } from "@/lib/platform/env";
import { DatabaseSetupError } from "@/lib/platform/db/errors";
import { openDatabase, type OpenDatabase } from "@/lib/platform/db/open";
import { cliLogger } from "@/lib/platform/log";

export const log = cliLogger("tracker");

/** What `read` returns, or, when it throws (a malformed setting…), a plain message and exit code 1. */
export function orFail<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    fail(error);
  }
}

/** The launcher's environment, or a clear list of what is wrong with it and exit code 1. */
export function launcherEnv(): TLauncherEnv {
  return orFail(() => parseEnv(ZLauncherEnv));
}

/** Opens the database, runs `task` with it and closes it again, reporting failures plainly. */
export async function withDatabase(task: (database: OpenDatabase, env: TLauncherEnv) => Promise<void>) {
  const env = launcherEnv();
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(env, (line) => log.debug({ postgres: true }, line));
    await task(database, env);
  } catch (error) {
    await database?.close().catch(() => undefined);
    fail(error);
  }
  await database.close();
}

/** A failure the launcher explains in its message; printed without a stack trace. */
export class LaunchError extends Error {
  name = "LaunchError";
}

/** Prints what went wrong without a stack trace when the error is one we explain, and exits. */
export function fail(error: unknown): never {
  if (error instanceof EnvError || error instanceof DatabaseSetupError || error instanceof LaunchError) {
    log.error(error.message);
  } else {
    log.error({ err: error }, "Unexpected failure");
  }
  process.exit(1);
}
