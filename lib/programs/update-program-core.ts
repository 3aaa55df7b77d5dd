import "server-only";
import type { ActionContext } from "@/lib/audit/action-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can, programActWhere, programReadWhere } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ZUpdateProgramCore } from "@/lib/validation/programs";
import { PROGRAM_SUMMARY_SELECT } from "./program-summary";

/**
 * Edits a program's title, summary, objectives or visibility, starting from `version`. A program
 * the actor may read but not change is refused (403); one they may not read is not found (404); a
 * stale version is refused (409) and nothing is overwritten.
 */
export async function updateProgramCore(ctx: ActionContext, id: string, input: unknown) {
  const { actor } = ctx;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to edit programs.");
  const { version, ...changes } = ZUpdateProgramCore.parse(input);

  return db().$transaction(async (tx) => {
    const before = await tx.cooperationProgram.findFirst({
      where: { AND: [{ id }, programReadWhere(actor)] },
      select: PROGRAM_SUMMARY_SELECT,
    });
    if (!before) throw new AppError("NOT_FOUND", "No program with this id is visible to you.");
    const allowed = can(actor, "program.update") && (await tx.cooperationProgram.count({ where: { AND: [{ id }, programActWhere(actor)] } })) > 0;
    if (!allowed) throw new AppError("FORBIDDEN", "You may not edit this program: it is outside your country's or organisation's programs.");

    const publishing = changes.visibility === "PUBLISHED" && before.visibility !== "PUBLISHED";
    const { count } = await tx.cooperationProgram.updateMany({
      where: { id, version },
      data: { ...changes, ...(publishing && { publishedAt: new Date() }), version: { increment: 1 } },
    });
    if (count === 0) {
      throw new AppError(
        "STALE_VERSION",
        `Someone else changed this program since you opened it (you edited version ${version}, it is now version ${before.version}). Reload it and apply your changes again.`,
      );
    }
    const after = await tx.cooperationProgram.findUniqueOrThrow({ where: { id }, select: PROGRAM_SUMMARY_SELECT });
    await recordAuditEvent(tx, ctx, { action: "program.update", entityType: "CooperationProgram", entityId: id, before, after });
    return after;
  });
}
