import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZCreateApiToken } from "@/lib/platform/api-tokens/schemas";
import { generateToken, hashToken } from "./token-hash";
import { problem } from "@/lib/platform/i18n/problem";

/** A user may hold this many live tokens. */
export const MAX_ACTIVE_TOKENS = 20;

/** Creates a token for the acting user. The token is returned once and never again. */
export async function createApiToken(ctx: ActionContext, input: unknown) {
  const actor = requirePermission(ctx.actor, "apiToken.manage");
  const data = ZCreateApiToken.parse(input);
  const token = generateToken();
  const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null;

  const created = await db().$transaction(async (tx) => {
    const active = await tx.apiToken.count({
      where: { userId: actor.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new AppError("CONFLICT", problem("TokenProblem.tooMany", { max: MAX_ACTIVE_TOKENS }));
    }
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name: data.name, prefix: token.slice(0, 12), tokenHash: hashToken(token), expiresAt },
      select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true },
    });
    await recordAuditEvent(tx, ctx, { action: "apiToken.create", entityType: "ApiToken", entityId: row.id, after: row });
    return row;
  });
  return { ...created, token };
}
