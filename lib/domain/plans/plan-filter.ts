import "server-only";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TPlanFilter } from "@/lib/domain/plans/schemas";
import { AWAITING_REVIEW_STATUSES } from "./plan-workflow";

/** The conditions of the plan list's filters, to be ANDed with the viewer's read scope (planReadWhere). */
export function planFilterWhere(filter: TPlanFilter): Prisma.PlanWhereInput[] {
  const where: Prisma.PlanWhereInput[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.agreement) where.push({ agreementId: filter.agreement });
  if (filter.country) where.push({ countryCode: filter.country });
  if (filter.awaiting === "review") where.push({ status: { in: [...AWAITING_REVIEW_STATUSES] } });
  if (filter.q) where.push({ OR: [{ title: { contains: filter.q, mode: "insensitive" } }, { objectives: { contains: filter.q, mode: "insensitive" } }] });
  return where;
}
