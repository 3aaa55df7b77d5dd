import "server-only";
import { assertKnownCursor, keysetArgs, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import type { Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import type { TransactionType } from "@/lib/platform/db/generated/enums";
import { TRANSACTION_SELECT } from "./transaction-record";

/** The program's transactions the viewer may read, latest first, one page at a time. */
export async function listTransactions(viewer: Viewer, programId: string, filter: { type?: TransactionType }, { limit, cursor }: TPageQuery) {
  await loadProgramForRead(db(), viewer, programId);
  await assertKnownCursor(cursor, (id) => db().transaction.count({ where: { programId, id } }));
  const rows = await db().transaction.findMany({
    where: { programId, ...(filter.type && { type: filter.type }) },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    ...keysetArgs({ limit, cursor }),
    select: TRANSACTION_SELECT,
  });
  return toPage(rows, limit, (row) => row.id);
}
