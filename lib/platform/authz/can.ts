import type { Actor, Viewer } from "./actor";
import { type Permission, roleMay } from "./permissions";

/**
 * Whom a record concerns: the countries it is for (an agreement's parties, a plan's country, a
 * contact point's country) and the organisations involved (a program's participants, a plan's
 * owner). A scoped role may act on it only when one of them is its own.
 */
export type Scope = { countries?: readonly string[]; organisationIds?: readonly string[] };

/**
 * Whether `viewer` may do `permission`, on `resource` when one is given. ADMIN may do anything and
 * ANALYST is not scoped; a GOVERNMENT user must share the resource's country or organisation, and a
 * CIVIL_SOCIETY user its organisation. Without a resource only the role is checked (e.g. to show a
 * "New program" button); the data-access layer then checks the resource itself.
 */
export function can(viewer: Viewer, permission: Permission, resource?: Scope): viewer is Actor {
  if (!viewer || !roleMay(viewer.role, permission)) return false;
  if (!resource) return true;
  return inScope(viewer, resource);
}

/** Whether the record is within what this actor acts for, regardless of the permission. */
export function inScope(actor: Actor, resource: Scope): boolean {
  switch (actor.role) {
    case "ADMIN":
    case "ANALYST":
      return true;
    case "GOVERNMENT":
      return (
        (actor.countryCode !== null && (resource.countries ?? []).includes(actor.countryCode)) ||
        (resource.organisationIds ?? []).includes(actor.organisationId)
      );
    case "CIVIL_SOCIETY":
      return (resource.organisationIds ?? []).includes(actor.organisationId);
  }
}
