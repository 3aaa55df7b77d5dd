import "server-only";
import { organisationLabel } from "@/components/ui/options";
import { listOrganisationOptions } from "@/lib/domain/organisations/list-organisation-options";
import { ZUserFilter } from "@/lib/domain/users/schemas";
import { choice, defineListFilters, loadedChoice, text } from "@/lib/platform/api/list-query";
import { Role } from "@/lib/platform/db/generated/enums";

/** The user list's filters, kept in the query string so that a filtered list can be bookmarked and shared. */
export const USER_LIST = defineListFilters(
  {
    q: text(),
    role: choice(Role, { namespace: "Role" }, { any: "anyRole" }),
    organisation: loadedChoice(
      async ({ viewer }) => (await listOrganisationOptions(viewer)).map((organisation) => ({ value: organisation.id, label: organisationLabel(organisation) })),
      { any: "anyOrganisation" },
    ),
    status: choice(["active", "disabled"], (status) => `status.${status}`, { any: "anyStatus" }),
  },
  ZUserFilter,
  { path: "/admin/users", form: "users", namespace: "AdminUsers", paging: "keyset", messages: { pages: null } },
);
