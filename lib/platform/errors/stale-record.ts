import { named, problem } from "@/lib/platform/i18n/problem";
import type { ProblemMessages } from "@/lib/platform/i18n/problem-catalogue";
import { AppError, type StaleChanges } from "./app-error";

/** The kinds of record an edit can find changed, each named in the message catalogue ("this plan"). */
export type RecordKind = keyof ProblemMessages["Record"];

/**
 * A record that someone else changed or removed since the version the edit started from; `stale`
 * says what changed meanwhile, where the record keeps that (a program's audited fields).
 */
export function staleRecord(what: RecordKind, version: number, current: number | null, stale?: StaleChanges): AppError {
  const record = named(`Record.${what}`);
  return current === null
    ? new AppError("NOT_FOUND", problem("Problem.recordRemoved", { record }))
    : new AppError("STALE_VERSION", problem("Problem.staleRecord", { record, version, current }), { stale });
}
