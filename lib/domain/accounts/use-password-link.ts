import "server-only";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { hashPassword } from "@/lib/platform/auth/password";
import { db, type DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { hashLinkToken, looksLikeLinkToken } from "./link-token";
import { ZSetPassword } from "./schemas";
import { problem } from "@/lib/platform/i18n/problem";

/** One message for every link that cannot be used: nothing to learn from which reason it was. */
export const LINK_UNUSABLE = problem("AccountProblem.linkUnusable");

type Refusal = "unknown" | "expired" | "used" | "revoked" | "account-disabled";

/**
 * Sets an account's password through a single-use link: the link is looked up by its token's hash
 * (an indexed equality on a hash, so the lookup time says nothing about the token), must be neither
 * expired, used, revoked nor for a disabled account; then, in one transaction, the password is set
 * (argon2id), the link marked used, the account's sign-in lockout cleared and the use audited. A
 * refused use is audited too. Returns the account's email, for signing in.
 */
export async function usePasswordLink(input: unknown, requestId: string): Promise<{ email: string; userId: string }> {
  const data = ZSetPassword.parse(input);
  if (!looksLikeLinkToken(data.token)) return refuse("unknown", requestId);
  const tokenHash = hashLinkToken(data.token);
  // Hashing takes a while; do it before the transaction holds a connection.
  const passwordHash = await hashPassword(data.password);

  const outcome = await db().$transaction(async (tx) => {
    const link = await tx.passwordLink.findUnique({
      where: { tokenHash },
      select: { id: true, purpose: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: { id: true, email: true, disabled: true } } },
    });
    if (!link) return { refused: "unknown" as const };
    const reason = refusalOf(link);
    if (reason) return { refused: reason, link };
    // Claimed with a condition: of two uses at the same moment, one wins and the other finds it used.
    const claimed = await tx.passwordLink.updateMany({ where: { id: link.id, usedAt: null, revokedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count === 0) return { refused: "used" as const, link };
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash }, select: { id: true } });
    const lockoutCleared = await clearLockout(tx, link.user.email);
    await recordAuditEvent(tx, { actor: null, requestId }, {
      action: "user.set-password",
      entityType: "User",
      entityId: link.user.id,
      after: { linkId: link.id, purpose: link.purpose, lockoutCleared },
    });
    return { user: link.user };
  });
  if ("user" in outcome && outcome.user) return { email: outcome.user.email, userId: outcome.user.id };
  return refuse(outcome.refused!, requestId, "link" in outcome ? outcome.link : undefined);
}

function refusalOf(link: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null; user: { disabled: boolean } }): Refusal | null {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= Date.now()) return "expired";
  if (link.user.disabled) return "account-disabled";
  return null;
}

/** Lifts the account's sign-in slowdown and every address's lock on it: the person has just proved who they are. */
async function clearLockout(tx: DbTx, email: string): Promise<boolean> {
  const { count } = await tx.signInThrottle.deleteMany({ where: { OR: [{ key: `account:${email}` }, { key: { startsWith: "pair:", endsWith: ` ${email}` } }] } });
  return count > 0;
}

async function refuse(reason: Refusal, requestId: string, link?: { id: string; purpose: string; user: { id: string } }): Promise<never> {
  await db().$transaction((tx) =>
    recordAuditEvent(tx, { actor: null, requestId }, {
      action: "user.set-password-refused",
      entityType: link ? "User" : "PasswordLink",
      entityId: link ? link.user.id : "unknown",
      after: { reason, ...(link && { linkId: link.id, purpose: link.purpose }) },
    }),
  );
  throw new AppError("INVALID_INPUT", LINK_UNUSABLE, { fieldErrors: { token: [LINK_UNUSABLE] } });
}
