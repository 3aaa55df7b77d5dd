import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { RATE_SELECT } from "./exchange-rate-record";
import { problem } from "@/lib/platform/i18n/problem";

/** Removes a rate (rates carry no version: one is corrected by removing it and adding another). */
export async function deleteExchangeRate(ctx: ActionContext, id: string) {
  requirePermission(ctx.actor, "exchangeRate.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.exchangeRate.findUnique({ where: { id }, select: RATE_SELECT });
    if (!before) throw new AppError("NOT_FOUND", problem("FundingProblems.rateGone"));
    await tx.exchangeRate.delete({ where: { id } });
    await recordAuditEvent(tx, ctx, { action: "exchangeRate.delete", entityType: "ExchangeRate", entityId: id, before });
  });
}
