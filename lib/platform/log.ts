import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

const level = process.env.LOG_LEVEL ?? "info";

/** Structured JSON logs for the app server (one line per event, ready for a log collector). */
export const logger: Logger = pino({ level, base: { service: "labour-cooperation-tracker" } });

/** Human-readable logs for the launcher and the command-line scripts. */
export function cliLogger(name: string): Logger {
  return pino(
    { name, level },
    pretty({ colorize: process.stdout.isTTY, ignore: "pid,hostname", translateTime: "HH:MM:ss", sync: true }),
  );
}
