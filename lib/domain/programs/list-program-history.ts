import "server-only";
import { assertKnownCursor, keysetArgs, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { requireSignedIn, type Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";

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
    ...keysetArgs({ limit, cursor }),
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return toPage(rows, limit, (row) => row.id);
}
