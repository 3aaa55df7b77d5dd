import "server-only";
import { type Actor, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { IMPORT_SELECT, toView, type IatiImportView } from "./view";
import { iatiText } from "../iati-text";

/** An import the actor made (an ADMIN sees every one); others are not found. */
export async function getIatiImport(viewer: Actor | null, id: string): Promise<IatiImportView> {
  const actor = requirePermission(viewer, "program.create");
  const row = await db().iatiImport.findFirst({ where: { id, ...(actor.role === "ADMIN" ? {} : { createdById: actor.id }) }, select: IMPORT_SELECT });
  if (!row) throw new AppError("NOT_FOUND", iatiText("noSuchImport"));
  return toView(row);
}
