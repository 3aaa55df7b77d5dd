import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

export type ApiTokenStatus = "active" | "revoked" | "expired";

/** The acting user's own tokens, newest first, without anything that could be used as a token. */
export async function listApiTokens(actor: Actor) {
  const tokens = await db().apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
  const now = Date.now();
  return tokens.map((token) => ({
    ...token,
    status: (token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt.getTime() <= now ? "expired" : "active") as ApiTokenStatus,
  }));
}
