import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import type { DbTx } from "@/lib/platform/db";
import type { PasswordLinkPurpose } from "@/lib/platform/db/generated/enums";
import { parseEnv, ZLauncherEnv } from "@/lib/platform/env";
import { newLinkToken } from "./link-token";

export type IssuedLink = { token: string; expiresAt: Date; purpose: PasswordLinkPurpose };

/** PASSWORD_LINK_HOURS (24 by default). */
export function passwordLinkHours(source: Record<string, string | undefined> = process.env): number {
  return parseEnv(ZLauncherEnv.pick({ PASSWORD_LINK_HOURS: true }), source).PASSWORD_LINK_HOURS;
}

/**
 * Issues a single-use set-password link for an account, inside the caller's transaction, and
 * revokes the account's older unused links: only the newest one works. Returns the token, which is
 * not stored (only its hash is) and must be shown or emailed now. The audit records the link, never
 * its token.
 */
export async function issuePasswordLink(
  tx: DbTx,
  ctx: ActionContext,
  { userId, purpose, hours = passwordLinkHours() }: { userId: string; purpose: PasswordLinkPurpose; hours?: number },
): Promise<IssuedLink> {
  const now = new Date();
  const { count: revoked } = await tx.passwordLink.updateMany({
    where: { userId, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  const link = await tx.passwordLink.create({
    data: { purpose, userId, tokenHash, expiresAt, createdById: ctx.actor?.id ?? null },
    select: { id: true },
  });
  await recordAuditEvent(tx, ctx, {
    action: purpose === "INVITATION" ? "user.invite" : "user.password-reset-link",
    entityType: "User",
    entityId: userId,
    after: { linkId: link.id, purpose, expiresAt, revokedEarlierLinks: revoked },
  });
  return { token, expiresAt, purpose };
}
