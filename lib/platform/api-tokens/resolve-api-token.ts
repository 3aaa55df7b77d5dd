import "server-only";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { hashToken, TOKEN_PREFIX } from "./token-hash";

/** How stale `lastUsedAt` may get before a request refreshes it (saves a write per request). */
const LAST_USED_PRECISION_MS = 60_000;

/** The owner of a live token, acting with their current role and scope; null for anything else. */
export async function resolveApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) return null;
  const actor = await loadActor(row.userId);
  if (actor && (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS)) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return actor;
}
