import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { languageColumns } from "@/lib/platform/i18n/record-translations";
import { ZCreateAgreement } from "@/lib/domain/agreements/schemas";
import { AGREEMENT_AUDIT_SELECT, assertAgreementAcceptable, duplicateAgreementFromDatabase } from "./agreement-rules";

/** Records a new agreement and its parties (ADMIN only). */
export async function createAgreement(ctx: ActionContext, input: unknown) {
  requirePermission(ctx.actor, "agreement.manage");
  const data = ZCreateAgreement.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      await assertAgreementAcceptable(tx, data);
      const { parties, language, translations, ...fields } = data;
      const created = await tx.agreement.create({
        data: { ...fields, ...languageColumns({ language, translations }), website: fields.website ?? null, parties: { create: parties.map((countryCode) => ({ countryCode })) } },
        select: AGREEMENT_AUDIT_SELECT,
      });
      await recordAuditEvent(tx, ctx, { action: "agreement.create", entityType: "Agreement", entityId: created.id, after: created });
      return created;
    });
  } catch (error) {
    throw duplicateAgreementFromDatabase(error) ?? error;
  }
}
