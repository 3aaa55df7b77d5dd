import "server-only";
import { programReadWhere, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { findInSlices } from "@/lib/platform/db/slices";

/** The programs a confirmed import (of an IATI file or a spreadsheet) wrote that the viewer may read, for links to them. */
export async function listImportedPrograms(actor: Actor, view: { result: { created: string[]; updated: string[] } | null }) {
  const identifiers = view.result ? [...view.result.created, ...view.result.updated] : [];
  if (!identifiers.length) return [];
  return findInSlices(identifiers, (slice) =>
    db().cooperationProgram.findMany({ where: { AND: [{ identifier: { in: slice } }, programReadWhere(actor)] }, select: { id: true, identifier: true, title: true } }),
  );
}
