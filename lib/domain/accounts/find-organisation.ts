import "server-only";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import type { SystemContext } from "./system-context";
import { problem } from "@/lib/platform/i18n/problem";

/** Where the first administrator of a new installation belongs until an organisation of theirs exists. */
export const ADMINISTRATION_ORGANISATION = "Tracker administration";

/**
 * The organisation named on the command line: by its id, or else by its name whatever the case.
 * An unknown one, or a name several organisations share, is refused with what would have fitted.
 */
export async function findOrganisation(idOrName: string) {
  const select = { id: true, name: true, countryCode: true } as const;
  const byId = await db().organisation.findUnique({ where: { id: idOrName }, select });
  if (byId) return byId;
  const byName = await db().organisation.findMany({ where: { name: { equals: idOrName.trim(), mode: "insensitive" } }, select, orderBy: { countryCode: "asc" }, take: 20 });
  if (byName.length === 1) return byName[0]!;
  const describe = (o: { id: string; name: string; countryCode: string | null }) => `  ${o.id}  ${o.name}${o.countryCode ? ` (${o.countryCode})` : ""}`;
  if (byName.length > 1) {
    throw new AppError("CONFLICT", problem("AccountProblem.organisationAmbiguous", { name: idOrName, matches: byName.map(describe).join("\n") }));
  }
  const like = await db().organisation.findMany({ where: { name: { contains: idOrName.trim(), mode: "insensitive" } }, select, orderBy: { name: "asc" }, take: 10 });
  throw new AppError(
    "NOT_FOUND",
    like.length
      ? problem("AccountProblem.organisationUnknownSimilar", { name: idOrName, matches: like.map(describe).join("\n") })
      : problem("AccountProblem.organisationUnknown", { name: idOrName }),
  );
}

/**
 * The organisation an administrator created on the command line belongs to when none is named:
 * "Tracker administration", created (and audited) the first time. Rename it or move the account
 * later in the app.
 */
export async function administrationOrganisation(ctx: SystemContext) {
  return db().$transaction(async (tx) => {
    const existing = await tx.organisation.findFirst({ where: { name: ADMINISTRATION_ORGANISATION, countryCode: null }, select: { id: true, name: true, countryCode: true } });
    if (existing) return existing;
    const created = await tx.organisation.create({ data: { name: ADMINISTRATION_ORGANISATION, kind: "OTHER" }, select: { id: true, name: true, countryCode: true, kind: true } });
    await recordAuditEvent(tx, ctx, { action: "organisation.create", entityType: "Organisation", entityId: created.id, after: { name: created.name, kind: created.kind, countryCode: null } });
    return created;
  });
}
