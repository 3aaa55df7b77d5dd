import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { ZExchangeRate } from "@/lib/domain/funding/exchange-rate-schemas";
import { assertRateAllowed, duplicateRate, RATE_SELECT } from "./exchange-rate-record";

/** Records a dated rate between two currencies; the change is audited on the rate. */
export async function createExchangeRate(ctx: ActionContext, input: unknown) {
  const actor = requirePermission(ctx.actor, "exchangeRate.manage");
  const data = ZExchangeRate.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      await assertRateAllowed(tx, data);
      const created = await tx.exchangeRate.create({ data: { ...data, createdById: actor.id }, select: RATE_SELECT });
      await recordAuditEvent(tx, ctx, { action: "exchangeRate.create", entityType: "ExchangeRate", entityId: created.id, after: created });
      return created;
    });
  } catch (error) {
    // Two requests for the same day can both pass the check; the database's unique index stops the second.
    if (uniqueViolation(error)) throw duplicateRate();
    throw error;
  }
}
