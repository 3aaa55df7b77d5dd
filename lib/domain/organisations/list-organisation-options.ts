import "server-only";
import { can, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";

/** Every organisation as a choice for a select (the user forms and filters), by name. */
export async function listOrganisationOptions(viewer: Viewer) {
  if (!can(viewer, "user.manage") && !can(viewer, "organisation.manage")) {
    throw new AppError("FORBIDDEN", "Only administrators manage organisations.");
  }
  return db().organisation.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, acronym: true, countryCode: true },
  });
}
