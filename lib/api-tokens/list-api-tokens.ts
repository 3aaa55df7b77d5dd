import "server-only";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";

/** The acting user's own tokens, newest first, without anything that could be used as a token. */
export function listApiTokens(actor: Actor) {
  return db().apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
}
