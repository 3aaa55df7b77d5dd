import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZUpdateExchange } from "@/lib/domain/exchanges/schemas";
import { exchangeColumns, loadExchangeRecordForChange, readExchangeRecord } from "./exchange-record";
import { assertExchangeAcceptable } from "./exchange-rules";

/** Replaces an exchange's fields and provisions, starting from `version`. */
export async function updateExchange(ctx: ActionContext, id: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "exchange.log");
  const { version, ...data } = ZUpdateExchange.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadExchangeRecordForChange(tx, actor, id);
    return updateVersioned(tx, ctx, {
      record: "exchange",
      before,
      version,
      write: async () => {
        // Checked once the version is: a stale edit is refused first, the record it was based on is gone.
        await assertExchangeAcceptable(tx, actor, data);
        const written = await tx.informationExchange.updateMany({ where: { id, version }, data: { ...exchangeColumns(data), version: { increment: 1 } } });
        if (written.count) {
          await tx.exchangeProvision.deleteMany({ where: { exchangeId: id } });
          if (data.provisionIds.length) await tx.exchangeProvision.createMany({ data: data.provisionIds.map((provisionId) => ({ exchangeId: id, provisionId })) });
        }
        return written;
      },
      read: () => readExchangeRecord(tx, id),
      audit: { action: "exchange.update", entityType: "InformationExchange", entityId: id },
    });
  });
}
