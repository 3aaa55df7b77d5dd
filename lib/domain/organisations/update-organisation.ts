import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { ZUpdateOrganisation } from "@/lib/domain/organisations/schemas";
import { ORGANISATION_SELECT, organisationAuditSnapshot } from "./organisation-shape";
import { assertOrganisationAcceptable, duplicateFromDatabase, organisationColumns } from "./organisation-rules";
import { problem } from "@/lib/platform/i18n/problem";

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
      if (!before) throw new AppError("NOT_FOUND", problem("OrganisationProblem.notFound"));
      // A stale edit is refused before its content is judged: the person must see the current details first.
      if (before.version !== data.version) throw staleRecord("organisation", data.version, before.version);
      await assertOrganisationAcceptable(tx, data, data.id);
      if (!data.countryCode && before.countryCode) {
        const governmentUsers = await tx.user.count({ where: { organisationId: data.id, role: "GOVERNMENT" } });
        if (governmentUsers > 0) {
          throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
            fieldErrors: {
              countryCode: [problem("OrganisationProblem.governmentUsersNeedCountry")],
            },
          });
        }
      }

      return updateVersioned(tx, ctx, {
        record: "organisation",
        before,
        version: data.version,
        write: () =>
          tx.organisation.updateMany({
            where: { id: data.id, version: data.version },
            data: { ...organisationColumns(data), version: { increment: 1 } },
          }),
        read: () => tx.organisation.findUnique({ where: { id: data.id }, select: ORGANISATION_SELECT }),
        audit: { action: "organisation.update", entityType: "Organisation", entityId: data.id, as: organisationAuditSnapshot },
      });
    });
  } catch (error) {
    throw duplicateFromDatabase(error, data.countryCode) ?? error;
  }
}
