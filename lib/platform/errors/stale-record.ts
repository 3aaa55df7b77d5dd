import { AppError, type StaleChanges } from "./app-error";

/**
 * A record that someone else changed or removed since the version the edit started from; `stale`
 * says what changed meanwhile, where the record keeps that (a program's audited fields).
 */
export function staleRecord(what: string, version: number, current: number | null, stale?: StaleChanges): AppError {
  return current === null
    ? new AppError("NOT_FOUND", `This ${what} no longer exists; someone removed it.`)
    : new AppError("STALE_VERSION", `Someone else changed this ${what} since you opened it (you started from version ${version}; it is now version ${current}). Nothing was saved.`, { stale });
}
