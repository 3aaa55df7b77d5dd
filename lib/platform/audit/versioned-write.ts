import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord, type RecordKind } from "@/lib/platform/errors/stale-record";
import type { ActionContext } from "./action-context";
import { recordAuditEvent, type AuditEntry } from "./record-audit-event";

type Versioned = { version: number };

type VersionedChange<T extends Versioned> = {
  /** What the record is called in the message a stale edit gets, e.g. "budgetLine" ("this budget line"). */
  record: RecordKind;
  /** The record as read in this transaction, after the access checks. */
  before: T;
  /** The version the edit started from. */
  version: number;
  /** Reads the record again (null once removed): the result of an update, or why a write missed. */
  read: () => Promise<T | null>;
  /**
   * The audit entry; `as` shapes how the record appears in it (e.g. `{ budget: row }` when the entry
   * is filed on the program), the record itself by default.
   */
  audit: Omit<AuditEntry, "before" | "after"> & { as?: (row: T, when: "before" | "after") => unknown };
  /** The refusal of a stale edit when the record can say more than its version (e.g. what changed). */
  stale?: (current: T) => Promise<AppError> | AppError;
};

/**
 * Updates a versioned record inside the caller's transaction: refuses an edit that started from an
 * older version, runs `write` (an `updateMany` that names the version and bumps it, so that a change
 * made meanwhile makes it miss), reads the result and records the audit event with before and after.
 */
export async function updateVersioned<T extends Versioned>(
  tx: DbTx,
  ctx: ActionContext,
  change: VersionedChange<T> & { write: () => Promise<{ count: number }> },
): Promise<T> {
  if (change.before.version !== change.version) throw await staleError(change, change.before);
  const { count } = await change.write();
  const after = await change.read();
  if (count === 0 || !after) throw after ? await staleError(change, after) : staleRecord(change.record, change.version, null);
  await recordAuditEvent(tx, ctx, auditEntry(change, { before: change.before, after }));
  return after;
}

/**
 * Deletes a versioned record inside the caller's transaction: refuses a deletion that started from
 * an older version, runs `remove` (a `deleteMany` that names the version) and records the audit event.
 */
export async function deleteVersioned<T extends Versioned>(
  tx: DbTx,
  ctx: ActionContext,
  change: VersionedChange<T> & { remove: () => Promise<{ count: number }> },
): Promise<void> {
  if (change.before.version !== change.version) throw await staleError(change, change.before);
  const { count } = await change.remove();
  if (count === 0) {
    const current = await change.read();
    throw current ? await staleError(change, current) : staleRecord(change.record, change.version, null);
  }
  await recordAuditEvent(tx, ctx, auditEntry(change, { before: change.before }));
}

function staleError<T extends Versioned>(change: VersionedChange<T>, current: T): Promise<AppError> | AppError {
  return change.stale ? change.stale(current) : staleRecord(change.record, change.version, current.version);
}

function auditEntry<T extends Versioned>(change: VersionedChange<T>, rows: { before: T; after?: T }): AuditEntry {
  const { as = (row: T) => row, ...entry } = change.audit;
  return { ...entry, before: as(rows.before, "before"), after: rows.after && as(rows.after, "after") };
}
