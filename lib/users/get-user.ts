import "server-only";
import { can, type Viewer } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { USER_SELECT } from "./user-shape";

/** One account with its organisation, for the ADMIN; null when there is no such user. */
export async function getUser(viewer: Viewer, id: string) {
  if (!can(viewer, "user.manage")) throw new AppError("FORBIDDEN", "Only administrators manage user accounts.");
  return db().user.findUnique({ where: { id }, select: USER_SELECT });
}
