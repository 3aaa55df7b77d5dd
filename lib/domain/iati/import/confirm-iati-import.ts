import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { loadActor } from "@/lib/platform/auth/load-actor";
import { can, requirePermission } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { claimImport, progressReporter, takingTurns, type ImportProgress } from "@/lib/domain/imports/import-work";
import { importableIdentifiers } from "@/lib/domain/imports/preview-page";
import { readIatiFileInTurns } from "../read-file";
import { resolveActivities } from "../resolve/resolve-activities";
import type { ResolvedActivity, ResolvedOrganisation } from "../resolve/types";
import { getIatiImport } from "./get-iati-import";
import type { IatiImportView, StoredPreview } from "./view";
import { writeActivity } from "./write-activity";
import { iatiText } from "../iati-text";

/** Who confirmed and what they chose, kept on the import while it is written. */
type Confirmation = { chosen: string[]; by: string };

/**
 * Step 3: checks the choice — activities of the file that can be imported, or all of them but some — and marks the import as
 * being written, so that it is written once. A confirmation that wrote nothing (the data changed
 * since the preview) leaves the import to be confirmed again, with the reason.
 */
export async function beginIatiConfirmation(ctx: ActionContext, id: string, chosen: string[] | { allExcept: string[] }): Promise<void> {
  const actor = requirePermission(ctx.actor, "program.create");
  const row = await db().iatiImport.findFirst({ where: { id, ...(actor.role === "ADMIN" ? {} : { createdById: actor.id }) }, select: { status: true, preview: true } });
  if (!row) throw new AppError("NOT_FOUND", iatiText("noSuchImport"));
  if (row.status !== "PREVIEWED") throw new AppError("CONFLICT", iatiText(row.status === "READING" ? "stillReading" : row.status === "FAILED" ? "noSuchImport" : "alreadyConfirmed"));
  const preview = row.preview as unknown as StoredPreview;
  // For a file too long to tick on one page: every activity that can be imported, but those unticked.
  const wanted = Array.isArray(chosen) ? [...new Set(chosen)] : importableIdentifiers(preview.activities).filter((identifier) => !chosen.allExcept.includes(identifier));
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
  const confirmation: Confirmation = { chosen: wanted, by: actor.id };
  const progress: ImportProgress = { stage: "writing", done: 0, total: wanted.length };
  // Only one confirmation moves the import on from its preview.
  const { count } = await db().iatiImport.updateMany({ where: { id, status: "PREVIEWED" }, data: { status: "CONFIRMING", progress, result: confirmation, failure: null } });
  if (!count) throw new AppError("CONFLICT", iatiText("alreadyConfirmed"));
}

/**
 * Step 4: writes the chosen activities, and only those, in one transaction, as the user who
 * confirmed. The file is read and checked again against the database as it is now; if any chosen
 * activity would now be written differently from its preview (it became an update, its program
 * changed, it is now skipped), nothing is written and the import goes back to its preview with the
 * reason. Organisations the activities need are created; every record written is audited with the
 * import's id. The progress is stored as the activities are written.
 */
export async function writeIatiImport(id: string, requestId: string): Promise<void> {
  if (!(await claimImport("IatiImport", id, "CONFIRMING"))) return;
  const row = await db().iatiImport.findUniqueOrThrow({ where: { id }, select: { xml: true, preview: true, result: true, defaultAgreementId: true, fileName: true, checksum: true } });
  const confirmation = row.result as unknown as Confirmation;
  const actor = await loadActor(confirmation.by);
  const ctx: ActionContext = { actor, requestId };
  try {
    if (!actor || !can(actor, "program.create")) throw new AppError("FORBIDDEN", iatiText("mayNotImport"));
    await db().$transaction(
      async (tx) => {
        const preview = row.preview as unknown as StoredPreview;
        const byIdentifier = new Map(preview.activities.map((activity) => [activity.identifier, activity]));
        const wanted = new Set(confirmation.chosen);
        const file = await readIatiFileInTurns(new TextEncoder().encode(row.xml), takingTurns());
        const resolved = await resolveActivities(tx, actor, file.activities.filter((activity) => wanted.has(activity.identifier)), row.defaultAgreementId);
        const changed = resolved.filter((activity) => {
          const before = byIdentifier.get(activity.read.identifier)!;
          return activity.action !== before.action || activity.existing?.version !== before.version;
        });
        if (changed.length) {
          throw new AppError("CONFLICT", iatiText("changedSincePreview", { identifiers: changed.map((activity) => activity.read.identifier).slice(0, 10).join(", ") }));
        }
        const organisations = await createOrganisations(tx, ctx, resolved, id);
        const report = progressReporter("IatiImport", id, "writing");
        const created: string[] = [];
        const updated: string[] = [];
        for (const activity of resolved) {
          await writeActivity(tx, ctx, activity, organisations, id);
          (activity.action === "new" ? created : updated).push(activity.read.identifier);
          await report(created.length + updated.length, resolved.length);
        }
        const result = { created, updated, organisationsCreated: organisations.size };
        await tx.iatiImport.update({ where: { id }, data: { status: "CONFIRMED", confirmedAt: new Date(), result, xml: "" } });
        await recordAuditEvent(tx, ctx, { action: "iati_import.confirm", entityType: "IatiImport", entityId: id, after: { fileName: row.fileName, checksum: row.checksum, ...result } });
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Someone created a program or an organisation the import was about to create, meanwhile.
    const refusal = uniqueViolation(error) ? iatiText("createdMeanwhile") : error instanceof AppError ? error.message : undefined;
    if (refusal === undefined) throw error;
    // Nothing was written: the import is back at its preview, with why.
    await db().iatiImport.update({ where: { id }, data: { status: "PREVIEWED", failure: refusal, result: Prisma.DbNull, progress: {} } });
  }
}

/**
 * Steps 3 and 4 at once, for the API: the answer is the import with what was written, or the
 * refusal (409 when the data changed since the preview, and nothing is written). The import's page
 * does step 4 after answering, and shows its progress.
 */
export async function confirmIatiImport(ctx: ActionContext, id: string, chosen: string[]): Promise<IatiImportView> {
  await beginIatiConfirmation(ctx, id, chosen);
  await writeIatiImport(id, ctx.requestId);
  const view = await getIatiImport(ctx.actor, id);
  if (view.status === "PREVIEWED" && view.failure) throw new AppError("CONFLICT", view.failure);
  return view;
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
