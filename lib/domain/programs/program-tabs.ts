import "server-only";
import { assertKnownCursor, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { requireSignedIn, type Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";

/** How many rows a tab shows before saying how many there are in all. */
export const TAB_ROWS = 100;

/**
 * The program's history from the audit trail, newest first: every change to the program, its
 * participants and its documents. Signed-in viewers who may read the program see it.
 */
export async function listProgramHistory(viewer: Viewer, programId: string, { limit, cursor }: TPageQuery) {
  requireSignedIn(viewer);
  await loadProgramForRead(db(), viewer, programId);
  await assertKnownCursor(cursor, (id) => db().auditEvent.count({ where: { entityType: "CooperationProgram", entityId: programId, id } }));
  const rows = await db().auditEvent.findMany({
    where: { entityType: "CooperationProgram", entityId: programId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return toPage(rows, limit, (row) => row.id);
}

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
