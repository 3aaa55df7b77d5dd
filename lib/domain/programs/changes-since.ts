import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { StaleChanges } from "@/lib/platform/errors/app-error";
import { EDITABLE_PROGRAM_FIELDS, type ProgramRecord } from "./program-record";

/** The audit actions whose before/after snapshots are whole ProgramRecords. */
export const PROGRAM_RECORD_ACTIONS = ["program.update", "program.reopen"];

/** How far back the trail is read for one conflict: far more edits than happen while a form is open. */
const RECENT_EDITS = 200;

type Snapshot = Partial<Record<keyof ProgramRecord, unknown>>;

/**
 * What changed in a program since `version`, read from the audit trail: the value each field had at
 * that version (the `before` of the first edit made from it) against its value now.
 */
export async function programChangesSince(tx: DbTx, current: ProgramRecord, version: number): Promise<StaleChanges> {
  const edits = await tx.auditEvent.findMany({
    where: { entityType: "CooperationProgram", entityId: current.id, action: { in: PROGRAM_RECORD_ACTIONS } },
    orderBy: { at: "desc" },
    take: RECENT_EDITS,
    select: { before: true, actor: { select: { name: true } } },
  });
  const since = edits.filter((edit) => {
    const before = edit.before as Snapshot | null;
    return typeof before?.version === "number" && before.version >= version;
  });
  const baseline = since.at(-1)?.before as Snapshot | undefined;
  const changes = baseline
    ? EDITABLE_PROGRAM_FIELDS.filter((field) => field in baseline && JSON.stringify(baseline[field] ?? null) !== JSON.stringify(current[field] ?? null)).map(
        (field) => ({ field, then: baseline[field] ?? null, now: current[field] ?? null }),
      )
    : [];
  const changedBy = [...new Set(since.map((edit) => edit.actor?.name ?? "").filter(Boolean))];
  return { currentVersion: current.version, changes, changedBy };
}
