import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { deleteVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { removeStoredFiles } from "@/lib/platform/storage/remove-stored-files";
import { ZVersion } from "@/lib/platform/validation";
import { loadExchangeRecordForChange, readExchangeRecord } from "./exchange-record";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Deletes an exchange seen at `version`, with its documents; their stored files go once the deletion
 * is committed. Returns the deleted exchange's title, for the confirmation.
 */
export async function deleteExchange(ctx: ActionContext, id: string, version: unknown): Promise<{ title: string }> {
  const actor = requirePermission(ctx.actor, "exchange.log");
  const parsed = ZVersion.safeParse(version);
  if (!parsed.success) throw new AppError("INVALID_INPUT", problem("ChoiceProblems.versionToDelete"), { fieldErrors: { version: [parsed.error.issues[0]!.message] } });
  const seen = parsed.data;
  const { storageKeys, title } = await db().$transaction(async (tx) => {
    const before = await loadExchangeRecordForChange(tx, actor, id);
    const files = await tx.document.findMany({ where: { exchangeId: id, storageKey: { not: null } }, select: { storageKey: true } });
    await deleteVersioned(tx, ctx, {
      record: "exchange",
      before,
      version: seen,
      remove: () => tx.informationExchange.deleteMany({ where: { id, version: seen } }),
      read: () => readExchangeRecord(tx, id),
      audit: { action: "exchange.delete", entityType: "InformationExchange", entityId: id },
    });
    return { storageKeys: files.map((file) => file.storageKey!), title: before.title };
  });
  await removeStoredFiles(storageKeys);
  return { title };
}
