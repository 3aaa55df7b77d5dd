import type { ProgramStatus } from "@/lib/platform/db/generated/enums";

// Where a program's status may go, and what each status says about the program.

/** Where each status may go next. CLOSED and CANCELLED go nowhere except by reopening. */
export const STATUS_TRANSITIONS: Record<ProgramStatus, readonly ProgramStatus[]> = {
  PIPELINE: ["IMPLEMENTATION", "SUSPENDED", "CANCELLED"],
  IMPLEMENTATION: ["FINALISATION", "SUSPENDED", "CANCELLED"],
  FINALISATION: ["IMPLEMENTATION", "CLOSED"],
  SUSPENDED: ["PIPELINE", "IMPLEMENTATION", "CANCELLED"],
  CLOSED: [],
  CANCELLED: [],
};

/** The statuses a closed or cancelled program may be reopened to, by an administrator only. */
export const REOPEN_TRANSITIONS: Partial<Record<ProgramStatus, readonly ProgramStatus[]>> = {
  CLOSED: ["FINALISATION", "IMPLEMENTATION"],
  CANCELLED: ["PIPELINE", "IMPLEMENTATION", "SUSPENDED"],
};

export const FINISHED_STATUSES: readonly ProgramStatus[] = ["CLOSED", "CANCELLED"];

/** Statuses in which the program has started, so that its actual start date is known. */
export const STARTED_STATUSES: readonly ProgramStatus[] = ["IMPLEMENTATION", "FINALISATION", "CLOSED"];

/** Whether the lifecycle lets a program go from `from` to `to` at all (reopening included, whoever may do it). */
export const isLifecycleMove = (from: ProgramStatus, to: ProgramStatus) => (REOPEN_TRANSITIONS[from] ?? STATUS_TRANSITIONS[from]).includes(to);
