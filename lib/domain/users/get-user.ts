import "server-only";
import { type Viewer, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { USER_SELECT } from "./user-shape";

/** One account with its organisation, for the ADMIN; null when there is no such user. */
export async function getUser(viewer: Viewer, id: string) {
  requirePermission(viewer, "user.manage");
  return db().user.findUnique({ where: { id }, select: USER_SELECT });
}
