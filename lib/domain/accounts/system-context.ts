import type { Actor } from "@/lib/platform/authz";
import { requirePermission } from "@/lib/platform/authz";
import type { ActionContext } from "@/lib/platform/audit/action-context";

/**
 * The context of a change made without a signed-in person: by the `npm run admin` command line (run
 * by whoever can reach the server and its database) or by someone who asked for a password reset.
 * The audit trail shows it as a change without an actor; the request id says where it came from.
 */
export type SystemContext = { actor: null; requestId: string; system: true };

export function systemContext(source: "cli" | "self-service"): SystemContext {
  return { actor: null, requestId: `${source}:${crypto.randomUUID()}`, system: true };
}

export function isSystemContext(ctx: ActionContext | SystemContext): ctx is SystemContext {
  return "system" in ctx && ctx.system === true && ctx.actor === null;
}

/**
 * The administrator allowed to manage accounts in this context, or null for the system itself
 * (the command line, whose user already holds the server and its database).
 */
export function requireAccountManager(ctx: ActionContext | SystemContext): Actor | null {
  return isSystemContext(ctx) ? null : requirePermission(ctx.actor, "user.manage");
}
