import "server-only";
import { type Viewer, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { USER_SELECT } from "./user-shape";

/**
 * One account with its organisation, for the ADMIN, and whether its owner has chosen a password yet
 * (an invited person who has not is sent a new invitation rather than a reset); null when there is
 * no such user.
 */
export async function getUser(viewer: Viewer, id: string) {
  requirePermission(viewer, "user.manage");
  const [user, withPassword] = await Promise.all([
    db().user.findUnique({ where: { id }, select: USER_SELECT }),
    db().user.count({ where: { id, passwordHash: { not: null } } }),
  ]);
  return user && { ...user, hasPassword: withPassword > 0 };
}
