import "server-only";
import { can, type Viewer } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ORGANISATION_SELECT } from "./organisation-shape";

/** One organisation with its number of accounts, for the ADMIN; null when there is no such organisation. */
export async function getOrganisation(viewer: Viewer, id: string) {
  if (!can(viewer, "organisation.manage")) throw new AppError("FORBIDDEN", "Only administrators manage organisations.");
  return db().organisation.findUnique({ where: { id }, select: ORGANISATION_SELECT });
}
