import type { EmbeddedDatabase } from "./embedded";

type Log = { info: (message: string) => void; warn: (message: string) => void; error: (message: string) => void };

export type WatchOptions = {
  log: Log;
  /** Called once when PostgreSQL cannot be kept running; the app should stop. */
  onGiveUp: (reason: string) => void;
  /** Restart attempts allowed within `windowMs`; the next exit after that gives up. */
  maxRestarts?: number;
  windowMs?: number;
  /** Wait before the first attempt, doubled for each further one in a row. */
  delayMs?: number;
  /**
   * True once the app is stopping on purpose. A supervisor's SIGTERM reaches PostgreSQL too (it is in
   * the launcher's process group), and PostgreSQL then stops by itself: that is not a crash.
   */
  stopping?: () => boolean;
};

/**
 * Keeps the embedded PostgreSQL running: when it exits unexpectedly (a crash, the OOM killer, a
 * stray kill), starts it again, up to `maxRestarts` attempts within `windowMs` (3 within 5
 * minutes by default), each logged. Past that it gives up through `onGiveUp` rather than leave
 * an app that answers every request with an error.
 */
export function watchEmbeddedPostgres(
  database: EmbeddedDatabase,
  { log, onGiveUp, maxRestarts = 3, windowMs = 5 * 60_000, delayMs = 1_000, stopping = () => false }: WatchOptions,
): void {
  const attempts: number[] = [];
  let gaveUp = false;
  const minutes = `${Math.round(windowMs / 60_000)} minute(s)`;

  database.onUnexpectedExit(async (how) => {
    if (gaveUp) return;
    if (stopping()) {
      log.info(`The embedded PostgreSQL stopped (${how}) while the app is stopping.`);
      return;
    }
    log.error(`The embedded PostgreSQL stopped unexpectedly (${how}).`);
    for (let inARow = 0; ; inARow++) {
      const now = Date.now();
      while (attempts.length && now - attempts[0]! > windowMs) attempts.shift();
      if (attempts.length >= maxRestarts) {
        gaveUp = true;
        onGiveUp(
          `The embedded PostgreSQL could not be kept running (${maxRestarts} restart attempts within ${minutes}). ` +
            "Look at the PostgreSQL log (LOG_LEVEL=debug) and the disk space under DATA_DIR, then start the app again.",
        );
        return;
      }
      attempts.push(now);
      log.warn(`Restarting the embedded PostgreSQL (attempt ${attempts.length} of ${maxRestarts} within ${minutes})…`);
      // Give the old server's processes a moment to exit and release the data directory.
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** inARow));
      try {
        await database.restart();
        log.info("The embedded PostgreSQL is running again.");
        return;
      } catch (error) {
        log.error(`The embedded PostgreSQL did not start again: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
}
