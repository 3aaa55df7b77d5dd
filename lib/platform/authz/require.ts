import { AppError } from "@/lib/platform/errors/app-error";
import type { Actor, Viewer } from "./actor";
import { inScope, type Scope } from "./can";
import { PERMISSIONS, roleMay, type Permission } from "./permissions";
import { problem } from "@/lib/platform/i18n/problem";

/** The signed-in actor; an anonymous visitor is asked to sign in (401). */
export function requireSignedIn(viewer: Viewer): Actor {
  if (!viewer) throw new AppError("UNAUTHENTICATED", problem("AuthProblem.signIn"));
  return viewer;
}

/**
 * The signed-in actor who may do `permission`, on `resource` when one is given: the one entry point
 * every data-access function calls before it acts. Refuses an anonymous visitor with 401 and
 * anyone else with 403 and the permission's own message (`refusal`, or `outOfScope` when the role
 * may act but not on this record).
 */
export function requirePermission(viewer: Viewer, permission: Permission, resource?: Scope & { outOfScope?: string }): Actor {
  const actor = requireSignedIn(viewer);
  if (!roleMay(actor.role, permission)) throw new AppError("FORBIDDEN", PERMISSIONS[permission].refusal);
  if (resource && !inScope(actor, resource)) throw new AppError("FORBIDDEN", resource.outOfScope ?? PERMISSIONS[permission].refusal);
  return actor;
}
