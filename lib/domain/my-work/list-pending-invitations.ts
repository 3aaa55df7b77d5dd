import "server-only";
import { type Viewer, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/**
 * The invitations no one has taken up yet, for the ADMIN who issues them: each account's latest link
 * not used, revoked or expired (issuing a new one revokes the older ones), soonest to expire first,
 * with how many there are in all.
 */
export async function listPendingInvitations(viewer: Viewer, limit: number, now = new Date()) {
  requirePermission(viewer, "user.manage");
  const where = { purpose: "INVITATION" as const, usedAt: null, revokedAt: null, expiresAt: { gt: now } };
  const [data, total] = await Promise.all([
    db().passwordLink.findMany({
      where,
      orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, expiresAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db().passwordLink.count({ where }),
  ]);
  return { data, total };
}
