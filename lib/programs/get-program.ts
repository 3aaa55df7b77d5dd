import "server-only";
import { programReadWhere, type Viewer } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { PROGRAM_SUMMARY_SELECT } from "./program-summary";

/** One program the viewer may read; a draft outside their scope is "not found", like a missing one. */
export async function getProgram(viewer: Viewer, id: string) {
  const program = await db().cooperationProgram.findFirst({
    where: { AND: [{ id }, programReadWhere(viewer)] },
    select: PROGRAM_SUMMARY_SELECT,
  });
  if (!program) throw new AppError("NOT_FOUND", "No program with this id is visible to you.");
  return program;
}
