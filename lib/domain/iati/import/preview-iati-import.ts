import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { readIatiFile } from "../read-file";
import { schemaViolations } from "../schema-check";
import { previewOf } from "../resolve/preview";
import { resolveActivities } from "../resolve/resolve-activities";
import { XmlFileError } from "../xml-tree";
import { IMPORT_SELECT, toView, type IatiImportView, type StoredPreview } from "./view";
import { problem } from "@/lib/platform/i18n/problem";
import { iatiText } from "../iati-text";

/** A file that cannot be read at all, as a field error on the upload. */
const fileError = (message: string) => new AppError("INVALID_INPUT", message, { fieldErrors: { file: [message] } });

/**
 * Step 1 and 2: reads an uploaded file and stores it with its preview — per activity, new or
 * update, and its problems by tier. Nothing but the import itself is written; a file that cannot be
 * read (malformed, another version, duplicate identifiers, too large, empty) is refused whole.
 */
export async function previewIatiImport(ctx: ActionContext, upload: { fileName: string; bytes: Uint8Array; defaultAgreementId?: string }): Promise<IatiImportView> {
  const actor = requirePermission(ctx.actor, "program.create");
  let file: ReturnType<typeof readIatiFile>;
  try {
    file = readIatiFile(upload.bytes);
  } catch (error) {
    if (error instanceof XmlFileError) throw fileError(error.said);
    throw error;
  }
  // What breaks the IATI standard is said against each activity, with its line; it skips nothing by itself.
  const violations = schemaViolations(new TextDecoder().decode(upload.bytes));
  file.activities.forEach((activity, position) => activity.problems.push(...(violations.get(position) ?? [])));
  const defaultAgreementId = upload.defaultAgreementId || null;
  if (defaultAgreementId && !(await db().agreement.count({ where: { id: defaultAgreementId } }))) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { agreementId: [iatiText("unknownAgreementId")] } });
  }
  const resolved = await db().$transaction((tx) => resolveActivities(tx, actor, file.activities, defaultAgreementId), { timeout: 60_000 });
  const preview: StoredPreview = { version: file.version, activities: resolved.map(previewOf) };
  const text = new TextDecoder().decode(upload.bytes);
  const created = await db().$transaction(async (tx) => {
    // Previews nobody confirmed within a week are dropped with their files.
    await tx.iatiImport.deleteMany({ where: { status: "PREVIEWED", createdAt: { lt: new Date(Date.now() - 7 * 86_400_000) } } });
    const { id } = await tx.iatiImport.create({
      data: {
        createdById: actor.id,
        fileName: upload.fileName.slice(0, 255) || "activities.xml",
        sizeBytes: upload.bytes.byteLength,
        checksum: createHash("sha256").update(upload.bytes).digest("hex"),
        xml: text,
        defaultAgreementId,
        preview: {},
      },
      select: { id: true },
    });
    // The preview goes as one JSON text: as a Json field, the client converts it value by value,
    // which for a file of 50,000 activities takes most of a minute.
    await tx.$executeRaw`UPDATE "IatiImport" SET "preview" = ${JSON.stringify(preview)}::jsonb WHERE "id" = ${id}`;
    const row = await tx.iatiImport.findUniqueOrThrow({ where: { id }, select: IMPORT_SELECT });
    await recordAuditEvent(tx, ctx, {
      action: "iati_import.preview",
      entityType: "IatiImport",
      entityId: row.id,
      after: { fileName: row.fileName, sizeBytes: row.sizeBytes, checksum: row.checksum, activities: preview.activities.length },
    });
    return row;
  }, { timeout: 60_000 });
  return toView(created);
}
