import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { type Actor, requirePermission } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { readIatiFile } from "../read-file";
import { resolveActivities } from "../resolve/resolve-activities";
import type { ResolvedActivity, ResolvedOrganisation } from "../resolve/types";
import { IMPORT_SELECT, toView, type IatiImportView, type StoredPreview } from "./view";
import { writeActivity } from "./write-activity";
import { iatiText } from "../iati-text";

/**
 * Step 4: writes the chosen activities, and only those, in one transaction. The file is read and
 * checked again against the database as it is now; if any chosen activity would now be written
 * differently from its preview (it became an update, its program changed, it is now skipped), nothing
 * is written and the user is asked to preview again. Organisations the activities need are created;
 * every record written is audited with the import's id.
 */
export async function confirmIatiImport(ctx: ActionContext, id: string, chosen: string[]): Promise<IatiImportView> {
  const actor = requirePermission(ctx.actor, "program.create");
  try {
    return await confirmInTransaction(ctx, actor, id, chosen);
  } catch (error) {
    // Someone created a program or an organisation the import was about to create, meanwhile.
    if (uniqueViolation(error)) throw new AppError("CONFLICT", iatiText("createdMeanwhile"));
    throw error;
  }
}

function confirmInTransaction(ctx: ActionContext, actor: Actor, id: string, chosen: string[]): Promise<IatiImportView> {
  return db().$transaction(
    async (tx) => {
      // Locks the import, so that two confirmations of it cannot both write.
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "IatiImport" WHERE "id" = ${id} FOR UPDATE`;
      const row = rows.length ? await tx.iatiImport.findFirst({ where: { id, ...(actor.role === "ADMIN" ? {} : { createdById: actor.id }) }, select: { ...IMPORT_SELECT, xml: true } }) : null;
      if (!row) throw new AppError("NOT_FOUND", iatiText("noSuchImport"));
      if (row.status === "CONFIRMED") throw new AppError("CONFLICT", iatiText("alreadyConfirmed"));
      const preview = row.preview as unknown as StoredPreview;

      const wanted = [...new Set(chosen)];
      const byIdentifier = new Map(preview.activities.map((activity) => [activity.identifier, activity]));
      const unknown = wanted.filter((identifier) => !byIdentifier.has(identifier));
      const skipped = wanted.filter((identifier) => byIdentifier.get(identifier)?.action === "skip");
      if (!wanted.length || unknown.length || skipped.length) {
        const message = !wanted.length
          ? iatiText("chooseActivity")
          : unknown.length
            ? iatiText("notActivitiesOfFile", { identifiers: unknown.slice(0, 10).join(", ") })
            : iatiText("criticalActivities", { identifiers: skipped.slice(0, 10).join(", ") });
        throw new AppError("INVALID_INPUT", message, { fieldErrors: { activities: [message] } });
      }

      const file = readIatiFile(new TextEncoder().encode(row.xml));
      const wantedSet = new Set(wanted);
      const selected = file.activities.filter((activity) => wantedSet.has(activity.identifier));
      const resolved = await resolveActivities(tx, actor, selected, row.defaultAgreementId);
      const changed = resolved.filter((activity) => {
        const before = byIdentifier.get(activity.read.identifier)!;
        return activity.action !== before.action || activity.existing?.version !== before.version;
      });
      if (changed.length) {
        throw new AppError("CONFLICT", iatiText("changedSincePreview", { identifiers: changed.map((activity) => activity.read.identifier).slice(0, 10).join(", ") }));
      }

      const organisations = await createOrganisations(tx, ctx, resolved, row.id);
      const created: string[] = [];
      const updated: string[] = [];
      for (const activity of resolved) {
        await writeActivity(tx, ctx, activity, organisations, row.id);
        (activity.action === "new" ? created : updated).push(activity.read.identifier);
      }
      const result = { created, updated, organisationsCreated: organisations.size };
      const confirmed = await tx.iatiImport.update({
        where: { id: row.id },
        data: { status: "CONFIRMED", confirmedAt: new Date(), result, xml: "" },
        select: IMPORT_SELECT,
      });
      await recordAuditEvent(tx, ctx, { action: "iati_import.confirm", entityType: "IatiImport", entityId: row.id, after: { fileName: row.fileName, checksum: row.checksum, ...result } });
      return toView(confirmed);
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}

/** Creates each organisation the chosen activities need and no existing one matches; key → id. */
async function createOrganisations(tx: DbTx, ctx: ActionContext, activities: ResolvedActivity[], importId: string): Promise<Map<string, string>> {
  const needed = new Map<string, Extract<ResolvedOrganisation, { create: object }>>();
  for (const activity of activities) {
    const all = [activity.funder, activity.reporter, ...activity.participants.map((participant) => participant.organisation), ...activity.transactions.flatMap((transaction) => [transaction.provider, transaction.receiver])];
    for (const organisation of all) {
      if (!organisation?.create) continue;
      // Each mention may name it in other languages; all of them are kept.
      const seen = needed.get(organisation.key);
      needed.set(organisation.key, seen ? { ...seen, create: { ...seen.create, names: { ...organisation.create.names, ...seen.create.names } } } : organisation);
    }
  }
  const ids = new Map<string, string>();
  for (const [key, { create }] of needed) {
    const organisation = await tx.organisation.create({
      data: {
        name: create.name,
        kind: create.kind,
        countryCode: create.countryCode ?? null,
        iatiIdentifier: create.ref ?? null,
        translations: Object.keys(create.names).length ? { name: create.names } : {},
      },
      select: { id: true, name: true, kind: true, countryCode: true, iatiIdentifier: true },
    });
    await recordAuditEvent(tx, ctx, { action: "organisation.create", entityType: "Organisation", entityId: organisation.id, after: { ...organisation, importId } });
    ids.set(key, organisation.id);
  }
  return ids;
}
