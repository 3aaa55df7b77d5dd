import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZCreateOrganisation } from "@/lib/domain/organisations/schemas";
import { ORGANISATION_SELECT, organisationAuditSnapshot } from "./organisation-shape";
import { assertOrganisationAcceptable, duplicateFromDatabase, organisationColumns } from "./organisation-rules";

export async function createOrganisation(ctx: ActionContext, input: unknown) {
  requirePermission(ctx.actor, "organisation.manage");
  const data = ZCreateOrganisation.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      await assertOrganisationAcceptable(tx, data);
      const created = await tx.organisation.create({
        data: organisationColumns(data),
        select: ORGANISATION_SELECT,
      });
      await recordAuditEvent(tx, ctx, {
        action: "organisation.create",
        entityType: "Organisation",
        entityId: created.id,
        after: organisationAuditSnapshot(created),
      });
      return created;
    });
  } catch (error) {
    throw duplicateFromDatabase(error, data.countryCode) ?? error;
  }
}
