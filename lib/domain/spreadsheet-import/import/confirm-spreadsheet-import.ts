import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { loadActor } from "@/lib/platform/auth/load-actor";
import { can, requirePermission, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import type { Locale } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { writeActivity } from "@/lib/domain/iati/import/write-activity";
import { resolveActivities } from "@/lib/domain/iati/resolve/resolve-activities";
import type { ActivityPreview } from "@/lib/domain/iati/resolve/types";
import { claimImport, progressed } from "@/lib/domain/imports/import-work";
import { importableIdentifiers } from "@/lib/domain/imports/preview-page";
import { readImportFiles } from "./preview-spreadsheet-import";
import { SPREADSHEET_IMPORT_SELECT, toSpreadsheetView, type ImportProgress, type SpreadsheetImportResult, type SpreadsheetImportView, type StoredConfirmation, type StoredSpreadsheetPreview } from "./view";

const refuseChoice = (message: string) => new AppError("INVALID_INPUT", message, { fieldErrors: { programs: [message] } });

/**
 * Step 3: checks the choice and marks the import as being written, so that it is written once.
 * The programs chosen (or all of them but some) must be programs of the preview that can be imported.
 */
export async function beginSpreadsheetConfirmation(ctx: ActionContext, id: string, chosen: string[] | { allExcept: string[] }): Promise<void> {
  const actor = requirePermission(ctx.actor, "program.create");
  const row = await db().spreadsheetImport.findFirst({ where: { id, ...(actor.role === "ADMIN" ? {} : { createdById: actor.id }) }, select: { status: true, preview: true, fileNames: true } });
  if (!row) throw new AppError("NOT_FOUND", problem("SpreadsheetImportProblems.noSuchImport"));
  if (row.status !== "PREVIEWED") throw new AppError("CONFLICT", problem(row.status === "READING" ? "SpreadsheetImportProblems.stillReading" : "SpreadsheetImportProblems.alreadyConfirmed"));
  const { programs } = row.preview as unknown as StoredSpreadsheetPreview;
  // For a file too long to tick on one page: every program that can be imported, but those unticked.
  const wanted = Array.isArray(chosen) ? [...new Set(chosen)] : importableIdentifiers(programs).filter((identifier) => !chosen.allExcept.includes(identifier));
  const byIdentifier = new Map(programs.map((program) => [program.identifier, program]));
  if (!wanted.length) throw refuseChoice(problem("SpreadsheetImportProblems.chooseProgram"));
  const unknown = wanted.filter((identifier) => !byIdentifier.has(identifier));
  if (unknown.length) throw refuseChoice(problem("SpreadsheetImportProblems.notProgramsOfFile", { identifiers: unknown.slice(0, 10).join(", ") }));
  const skipped = wanted.filter((identifier) => byIdentifier.get(identifier)!.action === "skip");
  if (skipped.length) throw refuseChoice(problem("SpreadsheetImportProblems.skippedPrograms", { identifiers: skipped.slice(0, 10).join(", ") }));
  const progress: ImportProgress = { stage: "writing", done: 0, total: wanted.length };
  // Only one confirmation moves the import on from its preview.
  const confirmation: StoredConfirmation = { chosen: wanted, by: actor.id };
  const { count } = await db().spreadsheetImport.updateMany({ where: { id, status: "PREVIEWED" }, data: { status: "CONFIRMING", progress, result: confirmation } });
  if (!count) throw new AppError("CONFLICT", problem("SpreadsheetImportProblems.alreadyConfirmed"));
  await recordAuditEvent(db(), ctx, { action: "spreadsheet_import.confirm", entityType: "SpreadsheetImport", entityId: id, after: { fileName: row.fileNames.join(", "), programs: wanted.length } });
}

/**
 * Step 4: writes the chosen programs, each in its own transaction with its participants, budgets,
 * transactions and indicators, audited with the import's id, as the user who confirmed. The files
 * are read and each program resolved again against the database as it is now: one that would be
 * written otherwise than its preview said (it became an update, its program changed since) is not
 * written, and the result says why; the others are. What is written is stored after each program,
 * so that a write resumed after its process stopped goes on where it was; the files are emptied
 * at the end.
 */
export async function writeSpreadsheetImport(id: string, requestId: string): Promise<void> {
  if (!(await claimImport("SpreadsheetImport", id, "CONFIRMING"))) return;
  const row = await db().spreadsheetImport.findUniqueOrThrow({ where: { id }, select: { fileNames: true, files: true, locale: true, preview: true, result: true } });
  const confirmation = row.result as unknown as StoredConfirmation;
  const actor = await loadActor(confirmation.by);
  const ctx: ActionContext = { actor, requestId };
  const result: SpreadsheetImportResult = { created: confirmation.created ?? [], updated: confirmation.updated ?? [], failed: confirmation.failed ?? [] };
  const written = new Set([...result.created, ...result.updated, ...result.failed.map((entry) => entry.identifier)]);
  const previewed = new Map((row.preview as unknown as StoredSpreadsheetPreview).programs.map((program) => [program.identifier, program]));
  const files = row.fileNames.map((name, index) => ({ name, bytes: new Uint8Array(row.files[index]!) }));
  const { programs } = await readImportFiles(files, row.locale as Locale);
  const chosen = new Set(confirmation.chosen);
  for (const { activity } of programs.filter((program) => chosen.has(program.activity.identifier) && !written.has(program.activity.identifier))) {
    try {
      if (!actor || !can(actor, "program.create")) throw new AppError("FORBIDDEN", problem("SpreadsheetImportProblems.mayNotImport"));
      const action = await writeProgram(ctx, actor, id, activity, previewed.get(activity.identifier)!);
      result[action === "new" ? "created" : "updated"].push(activity.identifier);
    } catch (error) {
      if (!(error instanceof AppError) && !uniqueViolation(error)) throw error;
      result.failed.push({ identifier: activity.identifier, message: error instanceof AppError ? error.message : problem("SpreadsheetImportProblems.createdMeanwhile") });
    }
    const done = result.created.length + result.updated.length + result.failed.length;
    await progressed("SpreadsheetImport", id, { stage: "writing", done, total: chosen.size }, { ...confirmation, ...result });
  }
  await db().$transaction(async (tx) => {
    await tx.spreadsheetImport.update({ where: { id }, data: { status: "CONFIRMED", confirmedAt: new Date(), result, files: [] } });
    await recordAuditEvent(tx, ctx, { action: "spreadsheet_import.write", entityType: "SpreadsheetImport", entityId: id, after: { fileName: row.fileNames.join(", "), created: result.created.length, updated: result.updated.length, failed: result.failed } });
  });
}

/** Writes one program in its own transaction, if it would still be written as previewed. */
async function writeProgram(ctx: ActionContext, actor: Actor, importId: string, activity: Parameters<typeof resolveActivities>[2][number], previewed: ActivityPreview) {
  return db().$transaction(
    async (tx) => {
      const [resolved] = await resolveActivities(tx, actor, [activity], null);
      if (!resolved || resolved.action === "skip" || resolved.action !== previewed.action || resolved.existing?.version !== previewed.version) {
        throw new AppError("CONFLICT", problem("SpreadsheetImportProblems.changedSincePreview"));
      }
      await writeActivity(tx, ctx, resolved, new Map(), importId);
      return resolved.action;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** An import as its creator (or an administrator) may read it. */
export async function getSpreadsheetImport(actor: Actor, id: string): Promise<SpreadsheetImportView> {
  requirePermission(actor, "program.create");
  const row = await db().spreadsheetImport.findFirst({ where: { id, ...(actor.role === "ADMIN" ? {} : { createdById: actor.id }) }, select: SPREADSHEET_IMPORT_SELECT });
  if (!row) throw new AppError("NOT_FOUND", problem("SpreadsheetImportProblems.noSuchImport"));
  return toSpreadsheetView(row);
}
