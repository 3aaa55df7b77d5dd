import "server-only";
import { programReadWhere, type Actor, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { findInSlices } from "@/lib/platform/db/slices";
import { AppError } from "@/lib/platform/errors/app-error";
import { IMPORT_SELECT, toView, type IatiImportView } from "./import/view";

// The import's steps: the preview (lib/domain/iati/import/preview.ts), the confirmation (confirm.ts), and
// the write of one activity (write-activity.ts).
export { confirmIatiImport } from "./import/confirm";
export { previewIatiImport } from "./import/preview";
export type { IatiImportView } from "./import/view";

/** An import the actor made (an ADMIN sees every one); others are not found. */
export async function getIatiImport(viewer: Actor | null, id: string): Promise<IatiImportView> {
  const actor = requirePermission(viewer, "program.create");
  const row = await db().iatiImport.findFirst({ where: { id, ...(actor.role === "ADMIN" ? {} : { createdById: actor.id }) }, select: IMPORT_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "There is no such import, or it is not yours.");
  return toView(row);
}

/** The programs a confirmed import wrote that the viewer may read, for links to them. */
export async function importedPrograms(actor: Actor, view: IatiImportView) {
  const identifiers = view.result ? [...view.result.created, ...view.result.updated] : [];
  if (!identifiers.length) return [];
  return findInSlices(identifiers, (slice) =>
    db().cooperationProgram.findMany({ where: { AND: [{ identifier: { in: slice } }, programReadWhere(actor)] }, select: { id: true, identifier: true, title: true } }),
  );
}
