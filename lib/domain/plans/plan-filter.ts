import "server-only";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TPlanFilter } from "@/lib/domain/plans/schemas";
import { AWAITING_REVIEW_STATUSES } from "./plan-workflow";
import { idsContaining } from "@/lib/platform/db/ids-containing";

/** The conditions of the plan list's filters, to be ANDed with the viewer's read scope (planReadWhere). */
export async function planFilterWhere(filter: TPlanFilter): Promise<Prisma.PlanWhereInput[]> {
  const where: Prisma.PlanWhereInput[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.agreement) where.push({ agreementId: filter.agreement });
  if (filter.country) where.push({ countryCode: filter.country });
  if (filter.awaiting === "review") where.push({ status: { in: [...AWAITING_REVIEW_STATUSES] } });
  // The title and objectives in any of their languages, whatever the case and the accents.
  if (filter.q) where.push({ id: { in: await idsContaining({ table: "Plan", columns: ["title", "objectives"], translated: ["title", "objectives"] }, filter.q) } });
  return where;
}
