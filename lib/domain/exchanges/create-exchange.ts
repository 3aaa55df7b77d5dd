import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZCreateExchange } from "@/lib/domain/exchanges/schemas";
import { EXCHANGE_RECORD_SELECT, exchangeColumns, exchangeRecord } from "./exchange-record";
import { assertExchangeAcceptable } from "./exchange-rules";

/** Logs an exchange: ADMIN, or a ministry for what its country shared under its agreements. */
export async function createExchange(ctx: ActionContext, input: unknown) {
  const actor = requirePermission(ctx.actor, "exchange.log");
  const data = ZCreateExchange.parse(input);
  return db().$transaction(async (tx) => {
    await assertExchangeAcceptable(tx, actor, data);
    const created = await tx.informationExchange.create({
      data: { ...exchangeColumns(data), createdById: actor.id, provisions: { create: data.provisionIds.map((provisionId) => ({ provisionId })) } },
      select: EXCHANGE_RECORD_SELECT,
    });
    const after = exchangeRecord(created);
    await recordAuditEvent(tx, ctx, { action: "exchange.create", entityType: "InformationExchange", entityId: created.id, after });
    return after;
  });
}
