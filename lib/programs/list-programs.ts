import "server-only";
import { toPage, type TPageQuery } from "@/lib/api/pagination";
import { programReadWhere, type Viewer } from "@/lib/authz";
import { db } from "@/lib/db";
import { PROGRAM_SUMMARY_SELECT } from "./program-summary";

/** The programs the viewer may read, most recently changed first, one page at a time. */
export async function listPrograms(viewer: Viewer, { limit, cursor }: TPageQuery) {
  const rows = await db().cooperationProgram.findMany({
    where: programReadWhere(viewer),
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: PROGRAM_SUMMARY_SELECT,
  });
  return toPage(rows, limit, (row) => row.id);
}
