import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { removeStoredFiles } from "@/lib/platform/storage/remove-stored-files";
import { ZVersion } from "@/lib/platform/validation";
import { findProgramRecord, loadEditable, staleProgram } from "./program-edit-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Deletes a draft program with everything attached to it, starting from `version`. A published
 * program is never deleted: it is unpublished first, or cancelled. Stored files go once the
 * deletion is committed. Returns the deleted program's title, for the confirmation.
 */
export async function deleteProgram(ctx: ActionContext, id: string, version: unknown): Promise<{ title: string }> {
  const { storageKeys, title } = await db().$transaction(async (tx) => {
    const { actor, before } = await loadEditable(tx, ctx.actor, id);
    const parsed = ZVersion.safeParse(version);
    if (!parsed.success) throw new AppError("INVALID_INPUT", problem("ChoiceProblems.versionToDelete"), { fieldErrors: { version: [parsed.error.issues[0]!.message] } });
    // A stale deletion is refused before anything else: the person must see what changed first.
    if (parsed.data !== before.version) throw await staleProgram(tx, before, parsed.data);
    if (before.visibility !== "DRAFT") {
      throw new AppError("CONFLICT", problem("ProgramProblems.onlyDraftDeleted"));
    }
    const files = await tx.document.findMany({ where: { programId: id, storageKey: { not: null } }, select: { storageKey: true } });
    await deleteVersioned(tx, ctx, {
      record: "program",
      before,
      version: parsed.data,
      remove: () => tx.cooperationProgram.deleteMany({ where: { AND: [{ id, version: parsed.data }, programActWhere(actor)] } }),
      read: () => findProgramRecord(tx, id),
      stale: (current) => staleProgram(tx, current, parsed.data),
      audit: { action: "program.delete", entityType: "CooperationProgram", entityId: id },
    });
    return { storageKeys: files.map((file) => file.storageKey!), title: before.title };
  });
  await removeStoredFiles(storageKeys);
  return { title };
}
