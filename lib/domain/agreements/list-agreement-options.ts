import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";

/** Every agreement (or those `where` selects) as a choice for a filter or a form, by short name. */
export async function listAgreementOptions(where: Prisma.AgreementWhereInput = {}) {
  return db().agreement.findMany({ where, orderBy: { shortName: "asc" }, select: { id: true, shortName: true } });
}
