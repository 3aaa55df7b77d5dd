import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { loadActor } from "@/lib/platform/auth/load-actor";
import { can, requirePermission, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import type { Locale } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { organisationIndex } from "@/lib/domain/organisations/organisation-index";
import { previewOf } from "@/lib/domain/iati/resolve/preview";
import { resolveActivities } from "@/lib/domain/iati/resolve/resolve-activities";
import type { ActivityPreview } from "@/lib/domain/iati/resolve/types";
import { MAX_SPREADSHEET_BYTES } from "../columns";
import { readPrograms, type OrganisationLookup, type SheetProgram } from "../read-programs";
import { readSpreadsheet, SpreadsheetFileError, type SpreadsheetFile } from "../read-workbook";
import { claimImport, progressed } from "@/lib/domain/imports/import-work";
import type { ImportProgress, StoredSpreadsheetPreview } from "./view";

/** Programs are checked against the database this many at a time, the progress moving after each. */
const CHECK_BATCH = 250;

/** A refusal of the upload, as an error on its file field. */
const refuseUpload = (message: string) => new AppError("INVALID_INPUT", message, { fieldErrors: { file: [message] } });

/**
 * Step 1: stores the uploaded files as an import to be read, after the checks that need no reading
 * (a file, of the right kinds, within the size limit). Reading them is `readSpreadsheetImport`, run
 * by the background worker or, for a small file, at once. Returns the import's id.
 */
export async function startSpreadsheetImport(ctx: ActionContext, upload: { files: SpreadsheetFile[]; locale: Locale }): Promise<string> {
  const actor = requirePermission(ctx.actor, "program.create");
  const files = upload.files.filter((file) => file.bytes.byteLength > 0 || file.name);
  if (!files.length) throw refuseUpload(problem("SpreadsheetImportProblems.noFile"));
  const size = files.reduce((total, file) => total + file.bytes.byteLength, 0);
  if (size > MAX_SPREADSHEET_BYTES) throw refuseUpload(problem("SpreadsheetImportProblems.fileTooLarge", { mb: MAX_SPREADSHEET_BYTES / (1024 * 1024) }));
  if (!files.every((file) => /\.(xlsx|csv)$/i.test(file.name)) || (files.length > 1 && files.some((file) => /\.xlsx$/i.test(file.name)))) {
    throw refuseUpload(problem("SpreadsheetImportProblems.notSpreadsheet"));
  }
  const checksum = createHash("sha256");
  for (const file of files) checksum.update(file.bytes);
  return db().$transaction(async (tx) => {
    // Imports nobody confirmed within a week are dropped with their files.
    await tx.spreadsheetImport.deleteMany({ where: { status: { in: ["PREVIEWED", "FAILED"] }, createdAt: { lt: new Date(Date.now() - 7 * 86_400_000) } } });
    const created = await tx.spreadsheetImport.create({
      data: {
        createdById: actor.id,
        fileNames: files.map((file) => file.name.slice(0, 255)),
        files: files.map((file) => Buffer.from(file.bytes)),
        sizeBytes: size,
        checksum: checksum.digest("hex"),
        locale: upload.locale,
        progress: { stage: "reading" } satisfies ImportProgress,
      },
      select: { id: true, fileNames: true, sizeBytes: true, checksum: true },
    });
    const { fileNames, ...rest } = created;
    await recordAuditEvent(tx, ctx, { action: "spreadsheet_import.upload", entityType: "SpreadsheetImport", entityId: created.id, after: { ...rest, fileName: fileNames.join(", ") } });
    return created.id;
  });
}

/** The register's organisations, as the cells of a spreadsheet name them. */
export async function organisationLookup(): Promise<OrganisationLookup> {
  const index = await organisationIndex(db());
  return (name) => {
    const found = index.get(name.trim().toLowerCase());
    if (found === undefined) return { problem: problem("SpreadsheetImportProblems.unknownOrganisation", { name }) };
    if (found === null) return { problem: problem("SpreadsheetImportProblems.ambiguousOrganisation", { name }) };
    return { organisation: { name: found.name, ref: found.iatiIdentifier ?? undefined, kind: found.kind, countryCode: found.countryCode ?? undefined, names: {} } };
  };
}

/** The files of an import read into programs, as its creator may import them; a file that cannot be read throws. */
export async function readImportFiles(files: SpreadsheetFile[], locale: Locale) {
  return readPrograms(await readSpreadsheet(files, locale), locale, await organisationLookup());
}

/**
 * Step 2: reads the files of an import and resolves each program against the database as its
 * creator sees it — new, an update with what it changes, unchanged, or skipped — storing the
 * preview; progress is stored as it goes. Nothing but the import is written. A file that cannot be
 * read fails the import with the reason.
 */
export async function readSpreadsheetImport(id: string): Promise<void> {
  if (!(await claimImport("SpreadsheetImport", id, "READING"))) return;
  const row = await db().spreadsheetImport.findUniqueOrThrow({ where: { id }, select: { createdById: true, fileNames: true, files: true, locale: true } });
  const actor = await loadActor(row.createdById);
  const files = row.fileNames.map((name, index) => ({ name, bytes: new Uint8Array(row.files[index]!) }));
  try {
    if (!actor || !can(actor, "program.create")) throw new SpreadsheetFileError(problem("SpreadsheetImportProblems.mayNotImport"));
    const { programs, fileProblems } = await readImportFiles(files, row.locale as Locale);
    const previews = await checkPrograms(id, actor, programs);
    const preview: StoredSpreadsheetPreview = { programs: previews, fileProblems };
    // The preview goes as one JSON text, as the IATI import's does: far faster for thousands of programs.
    const progress: ImportProgress = { stage: "checking", done: previews.length, total: previews.length };
    await db().$executeRaw`UPDATE "SpreadsheetImport" SET "preview" = ${JSON.stringify(preview)}::jsonb, "status" = 'PREVIEWED', "progress" = ${JSON.stringify(progress)}::jsonb WHERE "id" = ${id}`;
  } catch (error) {
    if (!(error instanceof SpreadsheetFileError)) throw error;
    await db().spreadsheetImport.update({ where: { id }, data: { status: "FAILED", failure: error.said } });
  }
}

/** Resolves the programs in batches, storing the progress after each; each preview's problems point at their cells. */
async function checkPrograms(id: string, actor: Actor, programs: SheetProgram[]): Promise<ActivityPreview[]> {
  const previews: ActivityPreview[] = [];
  for (let start = 0; start < programs.length; start += CHECK_BATCH) {
    const batch = programs.slice(start, start + CHECK_BATCH);
    const resolved = await db().$transaction((tx) => resolveActivities(tx, actor, batch.map((program) => program.activity), null), { timeout: 60_000 });
    resolved.forEach((activity, index) => previews.push(withCellReferences(previewOf(activity), batch[index]!.refs)));
    await progressed("SpreadsheetImport", id, { stage: "checking", done: previews.length, total: programs.length });
  }
  return previews;
}

/** The places the import's checks name (IATI's elements, the program's fields) as the spreadsheet's columns. */
const COLUMN_OF: Record<string, string> = {
  "iati-identifier": "identifier",
  "activity-status": "status",
  agreementId: "agreement",
  "lead-institution": "leadInstitution",
  leadInstitutionId: "leadInstitution",
  provision: "provisions",
  provisionIds: "provisions",
  "recipient-country": "countries",
  beneficiaryCountries: "countries",
  "default-currency": "currency",
  currencyCode: "currency",
  "reporting-org": "reporter",
  "default-aid-type": "type",
  "funding-amount": "fundingAmount",
  funderId: "funder",
  "expertise-area": "expertiseArea",
};

/** A program's problems said against the cells of its row where they name a column of it. */
function withCellReferences(preview: ActivityPreview, refs: Record<string, string>): ActivityPreview {
  return { ...preview, problems: preview.problems.map((entry) => ({ ...entry, where: refs[COLUMN_OF[entry.where] ?? entry.where] ?? entry.where })) };
}
