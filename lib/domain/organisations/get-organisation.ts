import "server-only";
import { type Viewer, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ORGANISATION_SELECT } from "./organisation-shape";

/** One organisation with its number of accounts, for the ADMIN; null when there is no such organisation. */
export async function getOrganisation(viewer: Viewer, id: string) {
  requirePermission(viewer, "organisation.manage");
  return db().organisation.findUnique({ where: { id }, select: ORGANISATION_SELECT });
}
