import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZUpdateOrganisation } from "@/lib/domain/organisations/schemas";
import { ORGANISATION_SELECT, organisationAuditSnapshot, STALE_ORGANISATION_MESSAGE } from "./organisation-shape";
import { assertOrganisationAcceptable, duplicateFromDatabase } from "./organisation-rules";

/**
 * Replaces an organisation's details (an optional field left empty is cleared), provided nobody
 * changed it since `version`. Its country cannot be removed while government users belong to it:
 * they act for that country.
 */
export async function updateOrganisation(ctx: ActionContext, input: unknown) {
  requirePermission(ctx.actor, "organisation.manage");
  const data = ZUpdateOrganisation.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({ where: { id: data.id }, select: ORGANISATION_SELECT });
      if (!before) throw new AppError("NOT_FOUND", "This organisation does not exist (any more).");
      if (before.version !== data.version) throw new AppError("STALE_VERSION", STALE_ORGANISATION_MESSAGE);
      await assertOrganisationAcceptable(tx, data, data.id);
      if (!data.countryCode && before.countryCode) {
        const governmentUsers = await tx.user.count({ where: { organisationId: data.id, role: "GOVERNMENT" } });
        if (governmentUsers > 0) {
          throw new AppError("INVALID_INPUT", "Some fields need attention.", {
            fieldErrors: {
              countryCode: ["Government users belong to this organisation and act for its country. Keep a country, or move them to another organisation first."],
            },
          });
        }
      }

      const { count } = await tx.organisation.updateMany({
        where: { id: data.id, version: data.version },
        data: {
          name: data.name,
          acronym: data.acronym ?? null,
          kind: data.kind,
          countryCode: data.countryCode ?? null,
          iatiIdentifier: data.iatiIdentifier ?? null,
          version: { increment: 1 },
        },
      });
      if (count === 0) throw new AppError("STALE_VERSION", STALE_ORGANISATION_MESSAGE);

      const after = await tx.organisation.findUniqueOrThrow({ where: { id: data.id }, select: ORGANISATION_SELECT });
      await recordAuditEvent(tx, ctx, {
        action: "organisation.update",
        entityType: "Organisation",
        entityId: after.id,
        before: organisationAuditSnapshot(before),
        after: organisationAuditSnapshot(after),
      });
      return after;
    });
  } catch (error) {
    throw duplicateFromDatabase(error, data.countryCode) ?? error;
  }
}
