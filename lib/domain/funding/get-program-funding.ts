import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { TAB_ROWS } from "../programs/program-tabs";

/** Budgets, the latest transactions and the totals per transaction type and currency, summed in SQL. */
export async function getProgramFunding(viewer: Viewer, programId: string) {
  await loadProgramForRead(db(), viewer, programId);
  const [budgets, transactions, transactionCount, totals] = await Promise.all([
    db().budget.findMany({ where: { programId }, orderBy: [{ periodStart: "asc" }, { id: "asc" }], take: TAB_ROWS }),
    db().transaction.findMany({
      where: { programId },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: TAB_ROWS,
      select: {
        id: true,
        type: true,
        date: true,
        amount: true,
        currencyCode: true,
        description: true,
        provider: { select: { name: true } },
        receiver: { select: { name: true } },
      },
    }),
    db().transaction.count({ where: { programId } }),
    db().transaction.groupBy({ by: ["type", "currencyCode"], where: { programId }, _sum: { amount: true }, orderBy: [{ currencyCode: "asc" }, { type: "asc" }] }),
  ]);
  return {
    budgets,
    transactions,
    transactionCount,
    totals: totals.map((row) => ({ type: row.type, currencyCode: row.currencyCode, amount: row._sum.amount?.toString() ?? "0" })),
  };
}
