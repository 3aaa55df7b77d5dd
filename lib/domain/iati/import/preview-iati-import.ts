import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { loadActor } from "@/lib/platform/auth/load-actor";
import { can, requirePermission, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { claimImport, progressReporter, takingTurns, type ImportProgress } from "@/lib/domain/imports/import-work";
import { readIatiFileInTurns, type IatiFile } from "../read-file";
import type { ReadActivity } from "../read/types";
import { schemaViolations } from "../schema-check";
import { previewOf } from "../resolve/preview";
import { resolveActivities } from "../resolve/resolve-activities";
import type { ActivityPreview } from "../resolve/types";
import { XmlFileError } from "../xml-tree";
import { getIatiImport } from "./get-iati-import";
import type { IatiImportView, StoredPreview } from "./view";
import { problem } from "@/lib/platform/i18n/problem";
import { iatiText } from "../iati-text";

/** Activities are checked against the database this many at a time, the progress moving after each. */
const CHECK_BATCH = 1000;

/** A file that cannot be read at all, as a field error on the upload. */
const fileError = (message: string) => new AppError("INVALID_INPUT", message, { fieldErrors: { file: [message] } });


/**
 * Step 1: reads an uploaded file far enough to refuse it whole — malformed, another version,
 * duplicate identifiers, too large, empty — and stores it as an import to be checked, writing
 * nothing else. Returns the import's id and the file as read, for `readIatiImport` to go on with.
 */
export async function startIatiImport(ctx: ActionContext, upload: { fileName: string; bytes: Uint8Array; defaultAgreementId?: string }): Promise<{ id: string; file: IatiFile }> {
  const actor = requirePermission(ctx.actor, "program.create");
  let file: IatiFile;
  try {
    file = await readIatiFileInTurns(upload.bytes, takingTurns());
  } catch (error) {
    if (error instanceof XmlFileError) throw fileError(error.said);
    throw error;
  }
  const defaultAgreementId = upload.defaultAgreementId || null;
  if (defaultAgreementId && !(await db().agreement.count({ where: { id: defaultAgreementId } }))) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { agreementId: [iatiText("unknownAgreementId")] } });
  }
  const id = await db().$transaction(async (tx) => {
    // Previews nobody confirmed within a week are dropped with their files.
    await tx.iatiImport.deleteMany({ where: { status: { in: ["PREVIEWED", "FAILED"] }, createdAt: { lt: new Date(Date.now() - 7 * 86_400_000) } } });
    const row = await tx.iatiImport.create({
      data: {
        createdById: actor.id,
        fileName: upload.fileName.slice(0, 255) || "activities.xml",
        sizeBytes: upload.bytes.byteLength,
        checksum: createHash("sha256").update(upload.bytes).digest("hex"),
        xml: new TextDecoder().decode(upload.bytes),
        defaultAgreementId,
        preview: {},
        status: "READING",
        progress: { stage: "reading", done: 0, total: file.activities.length } satisfies ImportProgress,
      },
      select: { id: true, fileName: true, sizeBytes: true, checksum: true },
    });
    await recordAuditEvent(tx, ctx, { action: "iati_import.preview", entityType: "IatiImport", entityId: row.id, after: { fileName: row.fileName, sizeBytes: row.sizeBytes, checksum: row.checksum, activities: file.activities.length } });
    return row.id;
  });
  return { id, file };
}

/**
 * Step 2: checks the file of an import — against the IATI schema, then each activity against the
 * database as its uploader sees it (new or update, and its problems by tier) — and stores the
 * preview, with the progress as it goes. The work yields to other requests as it goes; `file` is
 * the file as `startIatiImport` read it, read again when the work is resumed in another process.
 */
export async function readIatiImport(id: string, file?: IatiFile): Promise<void> {
  if (!(await claimImport("IatiImport", id, "READING"))) return;
  const row = await db().iatiImport.findUniqueOrThrow({ where: { id }, select: { createdById: true, xml: true, defaultAgreementId: true } });
  const actor = await loadActor(row.createdById);
  if (!actor || !can(actor, "program.create")) {
    await db().iatiImport.update({ where: { id }, data: { status: "FAILED", failure: iatiText("mayNotImport") } });
    return;
  }
  const read = file ?? (await readIatiFileInTurns(new TextEncoder().encode(row.xml), takingTurns()));
  // What breaks the IATI standard is said against each activity, with its line; it skips nothing by itself.
  const reading = progressReporter("IatiImport", id, "reading");
  const violations = await schemaViolations(row.xml, (checked) => reading(checked, read.activities.length));
  read.activities.forEach((activity, position) => activity.problems.push(...(violations.get(position) ?? [])));
  const activities = await checkActivities(id, actor, read.activities, row.defaultAgreementId);
  const preview: StoredPreview = { version: read.version, activities };
  const progress: ImportProgress = { stage: "checking", done: activities.length, total: activities.length };
  // The preview goes as one JSON text: as a Json field, the client converts it value by value,
  // which for a file of 50,000 activities takes most of a minute.
  await db().$executeRaw`UPDATE "IatiImport" SET "preview" = ${JSON.stringify(preview)}::jsonb, "status" = 'PREVIEWED', "progress" = ${JSON.stringify(progress)}::jsonb WHERE "id" = ${id}`;
}

/** Resolves the activities in batches, the progress stored and the event loop given a turn between them. */
async function checkActivities(id: string, actor: Actor, activities: ReadActivity[], defaultAgreementId: string | null): Promise<ActivityPreview[]> {
  const report = progressReporter("IatiImport", id, "checking");
  const previews: ActivityPreview[] = [];
  for (let start = 0; start < activities.length; start += CHECK_BATCH) {
    const batch = activities.slice(start, start + CHECK_BATCH);
    const resolved = await db().$transaction((tx) => resolveActivities(tx, actor, batch, defaultAgreementId), { timeout: 60_000 });
    previews.push(...resolved.map(previewOf));
    await report(previews.length, activities.length);
  }
  return previews;
}

/**
 * Steps 1 and 2 at once, for the API: the file is read and checked before the answer, which is the
 * preview. The import's page does step 2 after answering, and shows its progress.
 */
export async function previewIatiImport(ctx: ActionContext, upload: { fileName: string; bytes: Uint8Array; defaultAgreementId?: string }): Promise<IatiImportView> {
  const { id, file } = await startIatiImport(ctx, upload);
  await readIatiImport(id, file);
  return getIatiImport(ctx.actor, id);
}
