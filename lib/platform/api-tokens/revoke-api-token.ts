import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/** Revokes one of the acting user's own tokens; someone else's token is simply not found. */
export async function revokeApiToken(ctx: ActionContext, tokenId: string): Promise<void> {
  const actor = requirePermission(ctx.actor, "apiToken.manage");
  await db().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, userId: actor.id },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!token) throw new AppError("NOT_FOUND", problem("TokenProblem.notFound"));
    if (token.revokedAt) return;
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await recordAuditEvent(tx, ctx, {
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      before: token,
      after: { ...token, revokedAt },
    });
  });
}
