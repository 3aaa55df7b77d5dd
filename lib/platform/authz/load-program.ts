import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import type { Actor, Viewer } from "./actor";
import { can } from "./can";
import type { Permission } from "./permissions";
import { requirePermission } from "./require";
import { programReadWhere } from "./where";
import { problem } from "@/lib/platform/i18n/problem";

/** The permissions that act on a program or on what hangs off it. */
export type ProgramPermission = Extract<Permission, "program.update" | "finance.manage" | "monitoring.manage" | "event.manage" | "participation.decide">;

const PROGRAM_KEY_SELECT = {
  id: true,
  agreementId: true,
  visibility: true,
  status: true,
  reportingOrganisation: { select: { id: true, name: true, countryCode: true } },
} satisfies Prisma.CooperationProgramSelect;

export type ProgramKey = Prisma.CooperationProgramGetPayload<{ select: typeof PROGRAM_KEY_SELECT }>;

/** Anything that can run a query: the app's client or a transaction. */
type Client = Pick<DbTx, "cooperationProgram">;

/**
 * Whom a change to the program concerns: its reporting organisation's country. The same rule as
 * `programActWhere` in SQL; tests/integration/program-owner.test.ts checks that the two agree.
 */
type Reported = { reportingOrganisation: { countryCode: string | null } };

export function programChangeScope(program: Reported) {
  const country = program.reportingOrganisation.countryCode;
  return { countries: country ? [country] : [] };
}

/** Whether the viewer may do `permission` on this program (to show or hide what they may do). */
export function mayChangeProgram(viewer: Viewer, program: Reported, permission: ProgramPermission = "program.update"): boolean {
  return can(viewer, permission, programChangeScope(program));
}

/** The program if the viewer may read it; otherwise it is not found (404), like a missing one. */
export async function loadProgramForRead(client: Client, viewer: Viewer, programId: string): Promise<ProgramKey> {
  const program = await client.cooperationProgram.findFirst({ where: { AND: [{ id: programId }, programReadWhere(viewer)] }, select: PROGRAM_KEY_SELECT });
  if (!program) throw new AppError("NOT_FOUND", problem("AuthzProblem.programNotFound"));
  return program;
}

/**
 * The program and the actor who may do `permission` on it: refused (401/403) for a role without the
 * permission, not found (404) outside what the actor may read, and refused (403) when it is
 * another country's program. Writes that follow should also carry `programActWhere(actor)` in
 * their own `where`, so that the check and the write cannot drift apart.
 */
export async function loadProgramForChange(
  client: Client,
  viewer: Viewer,
  programId: string,
  permission: ProgramPermission = "program.update",
): Promise<{ actor: Actor; program: ProgramKey }> {
  const actor = requirePermission(viewer, permission);
  const program = await loadProgramForRead(client, actor, programId);
  const { name, countryCode } = program.reportingOrganisation;
  requirePermission(actor, permission, {
    ...programChangeScope(program),
    outOfScope: problem("AuthzProblem.programNotYours", { reporter: countryCode ? `${name} (${countryCode})` : name }),
  });
  return { actor, program };
}
