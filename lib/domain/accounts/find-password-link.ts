import "server-only";
import { db } from "@/lib/platform/db";
import { hashLinkToken, looksLikeLinkToken } from "./link-token";

/**
 * The account a set-password link is for, while it can still be used (not expired, used or
 * revoked, and the account not disabled): what the set-password page greets the person with.
 * Null otherwise; only using the link is audited.
 */
export async function findPasswordLink(token: string) {
  if (!looksLikeLinkToken(token)) return null;
  const link = await db().passwordLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { purpose: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: { name: true, email: true, disabled: true } } },
  });
  if (!link || link.usedAt || link.revokedAt || link.expiresAt.getTime() <= Date.now() || link.user.disabled) return null;
  return { purpose: link.purpose, expiresAt: link.expiresAt, name: link.user.name, email: link.user.email };
}
