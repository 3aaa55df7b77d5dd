import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { db } from "@/lib/platform/db";
import { ZCreateIndicator } from "@/lib/domain/monitoring/schemas";
import { INDICATOR_SELECT, indicatorColumns, loadMonitored } from "./indicator-rules";

/** Adds an indicator to measure what a program achieves. */
export async function createIndicator(ctx: ActionContext, programId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    await loadMonitored(tx, ctx, programId);
    const data = ZCreateIndicator.parse(input);
    const created = await tx.indicator.create({ data: { programId, ...indicatorColumns(data) }, select: INDICATOR_SELECT });
    await auditOnProgram(tx, ctx, programId, "indicator.create", { after: { indicator: created } });
    return created;
  });
}
