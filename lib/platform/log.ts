import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

const level = process.env.LOG_LEVEL ?? "info";

/** Where the server hook (scripts/server-hook.cjs) leaves the logger it writes request lines with. */
const SHARED_LOGGER = Symbol.for("labour-cooperation-tracker.logger");
const shared = globalThis as { [SHARED_LOGGER]?: Logger };

/**
 * Structured JSON logs for the app server (one line per event, ready for a log collector). In the
 * server, the hook's logger, made with the same settings: one stream for the app's lines and the
 * per-request ones.
 */
export const logger: Logger = (shared[SHARED_LOGGER] ??= pino({ level, base: { service: "labour-cooperation-tracker" } }));

/** Human-readable logs for the launcher and the command-line scripts. */
export function cliLogger(name: string): Logger {
  return pino(
    { name, level },
    pretty({ colorize: process.stdout.isTTY, ignore: "pid,hostname", translateTime: "HH:MM:ss", sync: true }),
  );
}
