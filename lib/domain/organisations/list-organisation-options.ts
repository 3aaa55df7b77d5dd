import "server-only";
import { can, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/** Every organisation as a choice for a select (the user forms and filters), by name. */
export async function listOrganisationOptions(viewer: Viewer) {
  if (!can(viewer, "user.manage") && !can(viewer, "organisation.manage")) {
    throw new AppError("FORBIDDEN", problem("AuthzProblem.organisationManage"));
  }
  return db().organisation.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, acronym: true, countryCode: true },
  });
}
