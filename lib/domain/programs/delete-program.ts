import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { fileStorage } from "@/lib/platform/storage/file-storage";
import { ZVersion } from "@/lib/domain/users/schemas";
import { programChangesSince } from "./changes-since";
import { loadEditable } from "./update-program";

/**
 * Deletes a draft program with everything attached to it, starting from `version`. A published
 * program is never deleted: it is unpublished first, or cancelled. Stored files go once the
 * deletion is committed.
 */
export async function deleteProgram(ctx: ActionContext, id: string, version: unknown) {
  const storageKeys = await db().$transaction(async (tx) => {
    const { actor, before } = await loadEditable(tx, ctx.actor, id);
    const parsed = ZVersion.safeParse(version);
    if (!parsed.success) throw new AppError("INVALID_INPUT", "Give the version you are deleting.", { fieldErrors: { version: [parsed.error.issues[0]!.message] } });
    if (parsed.data !== before.version) {
      throw new AppError("STALE_VERSION", `Someone else changed this program since you opened it (it is now version ${before.version}). Nothing was deleted.`, {
        stale: await programChangesSince(tx, before, parsed.data),
      });
    }
    if (before.visibility !== "DRAFT") {
      throw new AppError("CONFLICT", "Only draft programs can be deleted. This one is published: unpublish it first, or cancel it to keep its record.");
    }
    const files = await tx.document.findMany({ where: { programId: id, storageKey: { not: null } }, select: { storageKey: true } });
    const { count } = await tx.cooperationProgram.deleteMany({ where: { AND: [{ id, version: parsed.data }, programActWhere(actor)] } });
    if (count === 0) throw new AppError("STALE_VERSION", "Someone else changed this program at the same moment. Nothing was deleted.");
    await recordAuditEvent(tx, ctx, { action: "program.delete", entityType: "CooperationProgram", entityId: id, before });
    return files.map((file) => file.storageKey!);
  });
  await Promise.all(storageKeys.map((key) => fileStorage().remove(key)));
}
