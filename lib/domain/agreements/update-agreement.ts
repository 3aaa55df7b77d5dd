import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { requirePermission } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { languageColumns } from "@/lib/platform/i18n/record-translations";
import { ZUpdateAgreement } from "@/lib/domain/agreements/schemas";
import { AGREEMENT_AUDIT_SELECT, assertAgreementAcceptable, duplicateAgreementFromDatabase } from "./agreement-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Edits an agreement and its parties (ADMIN only), starting from `version`. A party that programs,
 * plans, contact points or exchanges still refer to cannot be removed.
 */
export async function updateAgreement(ctx: ActionContext, id: string, input: unknown) {
  requirePermission(ctx.actor, "agreement.manage");
  const { version, parties, language, translations, ...fields } = ZUpdateAgreement.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.agreement.findUnique({ where: { id }, select: AGREEMENT_AUDIT_SELECT });
      if (!before) throw new AppError("NOT_FOUND", problem("AgreementProblem.notFound"));
      await assertAgreementAcceptable(tx, { shortName: fields.shortName, parties }, id);
      const removed = before.parties.map((party) => party.countryCode).filter((code) => !parties.includes(code));
      if (removed.length) await assertPartiesUnused(tx, id, removed);

      return updateVersioned(tx, ctx, {
        record: "agreement",
        before,
        version,
        write: async () => {
          const written = await tx.agreement.updateMany({
            where: { id, version },
            data: { ...fields, ...languageColumns({ language, translations }), website: fields.website ?? null, terminatedOn: fields.terminatedOn ?? null, version: { increment: 1 } },
          });
          if (written.count) await replaceParties(tx, id, removed, parties);
          return written;
        },
        read: () => tx.agreement.findUnique({ where: { id }, select: AGREEMENT_AUDIT_SELECT }),
        audit: { action: "agreement.update", entityType: "Agreement", entityId: id },
      });
    });
  } catch (error) {
    throw duplicateAgreementFromDatabase(error) ?? error;
  }
}

async function replaceParties(tx: DbTx, agreementId: string, removed: string[], parties: string[]) {
  await tx.agreementParty.deleteMany({ where: { agreementId, countryCode: { in: removed } } });
  await tx.agreementParty.createMany({ data: parties.map((countryCode) => ({ agreementId, countryCode })), skipDuplicates: true });
}

async function assertPartiesUnused(tx: DbTx, agreementId: string, removed: string[]) {
  const contactPoints = await tx.institution.count({ where: { agreementId, countryCode: { in: removed } } });
  const plans = await tx.plan.count({ where: { agreementId, countryCode: { in: removed } } });
  const exchanges = await tx.informationExchange.count({
    where: { agreementId, OR: [{ fromCountryCode: { in: removed } }, { toCountryCode: { in: removed } }] },
  });
  if (contactPoints + plans + exchanges > 0) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
      fieldErrors: {
        parties: [
          problem("AgreementProblem.partyInUse", { parties: removed.join(", "), institutions: contactPoints, plans, exchanges }),
        ],
      },
    });
  }
}
