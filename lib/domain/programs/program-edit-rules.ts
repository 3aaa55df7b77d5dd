import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import type { Actor } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import type { DbTx } from "@/lib/platform/db";
import type { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { programChangesSince } from "./changes-since";
import { PROGRAM_RECORD_SELECT, toProgramRecord, type ProgramRecord } from "./program-record";

/**
 * The program as the actor may edit it, with the actor: not found outside what they may read,
 * refused outside what they may change (another country's program).
 */
export async function loadEditable(tx: DbTx, viewer: ActionContext["actor"], id: string): Promise<{ actor: Actor; before: ProgramRecord }> {
  const { actor } = await loadProgramForChange(tx, viewer, id);
  return { actor, before: await loadProgramRecord(tx, id) };
}

export async function loadProgramRecord(tx: DbTx, id: string): Promise<ProgramRecord> {
  return toProgramRecord(await tx.cooperationProgram.findUniqueOrThrow({ where: { id }, select: PROGRAM_RECORD_SELECT }));
}

/** The program's record, or null once it is removed. */
export async function findProgramRecord(tx: DbTx, id: string): Promise<ProgramRecord | null> {
  const program = await tx.cooperationProgram.findUnique({ where: { id }, select: PROGRAM_RECORD_SELECT });
  return program && toProgramRecord(program);
}

/** The refusal of an edit that started from `version`, with what changed in the program since. */
export async function staleProgram(tx: DbTx, current: ProgramRecord, version: number): Promise<AppError> {
  return staleRecord("program", version, current.version, await programChangesSince(tx, current, version));
}
