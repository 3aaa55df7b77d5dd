import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { can, programActWhere } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { programSchema, ZProgramEdit, ZProgramPatch } from "@/lib/domain/programs/schemas";
import { FINISHED_STATUSES } from "@/lib/domain/programs/program-lifecycle";
import { loadEditable, loadProgramRecord, staleProgram } from "./program-edit-rules";
import { recordAsInput, type ProgramRecord } from "./program-record";
import { assertPublishable } from "./publish-rules";
import { assertProgramAcceptable, checkStatusChange, DUPLICATE_IDENTIFIER, programColumns } from "./program-rules";
import { problem } from "@/lib/platform/i18n/problem";

type Mode = {
  /**
   * "replace": the input is the whole program, as a form sends it (a field left empty is cleared).
   * "merge": the input names only the fields to change, as an API client sends them (null clears).
   */
  mode: "replace" | "merge";
};

/**
 * Edits a program, starting from the `version` the input carries. A program the actor may read but
 * not change is refused (403); one they may not read is not found (404). A stale version is refused
 * (409) with what changed meanwhile, and nothing is overwritten. Status changes follow the
 * lifecycle; reopening a closed or cancelled program is for an ADMIN, with a reason. An edit that
 * publishes a draft is refused while its checklist's blocking items are missing (publish-rules.ts).
 */
export async function updateProgram(ctx: ActionContext, id: string, input: unknown, { mode }: Mode): Promise<ProgramRecord> {
  try {
    return await db().$transaction(async (tx) => {
      const { actor, before } = await loadEditable(tx, ctx.actor, id);
      const edit = ZProgramEdit.parse(input);
      if (edit.version !== before.version) throw await staleProgram(tx, before, edit.version);
      const data = mode === "replace" ? programSchema(before.status).parse(input) : parseMerged(before, input);

      if (FINISHED_STATUSES.includes(before.status) && data.status === before.status && !can(actor, "program.reopen")) {
        throw new AppError("FORBIDDEN", problem("ProgramProblems.closedNoEdit"));
      }
      const reopening = checkStatusChange(actor, before.status, data.status, edit.statusReason);
      await assertProgramAcceptable(tx, actor, data, { id, status: before.status });

      const publishing = data.visibility === "PUBLISHED" && before.visibility !== "PUBLISHED";
      const statusReason = before.status !== data.status ? edit.statusReason : undefined;
      return updateVersioned(tx, ctx, {
        record: "program",
        before,
        version: edit.version,
        write: async () => {
          const written = await tx.cooperationProgram.updateMany({
            where: { AND: [{ id, version: edit.version }, programActWhere(actor)] },
            data: {
              ...programColumns(data),
              ...(publishing && { publishedAt: new Date() }),
              ...(data.visibility === "DRAFT" && { publishedAt: null }),
              version: { increment: 1 },
            },
          });
          if (written.count) {
            await replaceLinks(tx, id, before, data);
            await syncFunder(tx, id, before, data.type === "FINANCIAL_ASSISTANCE" ? data.funderId : null);
            // A draft made public here meets the same checklist as one published with its Publish button.
            if (publishing) await assertPublishable(tx, id);
          }
          return written;
        },
        read: () => loadProgramRecord(tx, id),
        stale: (current) => staleProgram(tx, current, edit.version),
        audit: {
          action: reopening ? "program.reopen" : "program.update",
          entityType: "CooperationProgram",
          entityId: id,
          as: (record, when) => (when === "after" && statusReason ? { ...record, statusReason } : record),
        },
      });
    });
  } catch (error) {
    if (uniqueViolation(error)?.on.includes("identifier")) {
      throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { identifier: [DUPLICATE_IDENTIFIER] } });
    }
    throw error;
  }
}

/**
 * The stored program with the fields the patch names (null clears a field), validated as a whole.
 * Unknown fields and invalid values are reported together.
 */
function parseMerged(before: ProgramRecord, input: unknown) {
  const patch = ZProgramPatch.safeParse(input);
  const known = Object.fromEntries(Object.entries(input as Record<string, unknown>).filter(([field]) => field in ZProgramPatch.shape));
  const result: Record<string, unknown> = recordAsInput(before);
  for (const [field, value] of Object.entries(known)) {
    if (value === null) delete result[field];
    else if (value !== undefined) result[field] = value;
  }
  const parsed = programSchema(before.status).safeParse(result);
  if (patch.success && parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  for (const error of [patch.error, parsed.error]) {
    for (const [field, messages] of Object.entries(error ? fieldErrorsOf(error) : {})) (fieldErrors[field] ??= []).push(...messages);
  }
  throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors });
}

/** Beneficiary countries and linked provisions become exactly those given. */
async function replaceLinks(tx: DbTx, programId: string, before: ProgramRecord, data: { beneficiaryCountries: string[]; provisionIds: string[] }) {
  const removedCountries = before.beneficiaryCountries.filter((code) => !data.beneficiaryCountries.includes(code));
  const addedCountries = data.beneficiaryCountries.filter((code) => !before.beneficiaryCountries.includes(code));
  if (removedCountries.length) await tx.programCountry.deleteMany({ where: { programId, countryCode: { in: removedCountries } } });
  if (addedCountries.length) await tx.programCountry.createMany({ data: addedCountries.map((countryCode) => ({ programId, countryCode })) });
  const removedProvisions = before.provisionIds.filter((provisionId) => !data.provisionIds.includes(provisionId));
  const addedProvisions = data.provisionIds.filter((provisionId) => !before.provisionIds.includes(provisionId));
  if (removedProvisions.length) await tx.programProvision.deleteMany({ where: { programId, provisionId: { in: removedProvisions } } });
  if (addedProvisions.length) await tx.programProvision.createMany({ data: addedProvisions.map((provisionId) => ({ programId, provisionId })) });
}

/** A financial assistance program's funder is its FUNDER participant; a new funder replaces the old one in that role. */
async function syncFunder(tx: DbTx, programId: string, before: ProgramRecord, funderId: string | null) {
  if (before.funderId === funderId) return;
  if (before.funderId) await tx.participant.deleteMany({ where: { programId, organisationId: before.funderId, role: "FUNDER" } });
  if (funderId) await tx.participant.createMany({ data: [{ programId, organisationId: funderId, role: "FUNDER" }], skipDuplicates: true });
}
