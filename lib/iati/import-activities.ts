import "server-only";
import { createHash } from "node:crypto";
import type { ActionContext } from "@/lib/audit/action-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { programReadWhere, type Actor, requirePermission } from "@/lib/authz";
import { db, type DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { createInSlices, findInSlices } from "@/lib/db/slices";
import { uniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { PROGRAM_RECORD_SELECT } from "@/lib/programs/program-record";
import { programColumns } from "@/lib/programs/program-rules";
import { previewOf, resolveActivities, type ActivityPreview, type ResolvedActivity, type ResolvedOrganisation } from "./resolve-activities";
import { readIatiFile } from "./read-file";
import { XmlFileError } from "./xml-tree";

/** An import as the preview and the API show it. */
export type IatiImportView = {
  id: string;
  fileName: string;
  sizeBytes: number;
  status: "PREVIEWED" | "CONFIRMED";
  createdAt: string;
  confirmedAt: string | null;
  defaultAgreementId: string | null;
  version: string;
  activities: ActivityPreview[];
  summary: { activities: number; new: number; update: number; skip: number; critical: number; error: number; warning: number; newOrganisations: number };
  /** Once confirmed: what was written. */
  result: { created: string[]; updated: string[]; organisationsCreated: number } | null;
};

type StoredPreview = { version: string; activities: ActivityPreview[] };

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
    if (error instanceof XmlFileError) throw fileError(error.message);
    throw error;
  }
  const defaultAgreementId = upload.defaultAgreementId || null;
  if (defaultAgreementId && !(await db().agreement.count({ where: { id: defaultAgreementId } }))) {
    throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { agreementId: ["There is no agreement with this id. Choose one from the list."] } });
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

const IMPORT_SELECT = {
  id: true,
  createdById: true,
  fileName: true,
  sizeBytes: true,
  checksum: true,
  status: true,
  createdAt: true,
  confirmedAt: true,
  defaultAgreementId: true,
  preview: true,
  result: true,
} satisfies Prisma.IatiImportSelect;

function toView(row: Prisma.IatiImportGetPayload<{ select: typeof IMPORT_SELECT }>): IatiImportView {
  const preview = row.preview as unknown as StoredPreview;
  const count = (action: ActivityPreview["action"]) => preview.activities.filter((activity) => activity.action === action).length;
  const tier = (name: string) => preview.activities.reduce((total, activity) => total + activity.problems.filter((problem) => problem.tier === name).length, 0);
  return {
    id: row.id,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    defaultAgreementId: row.defaultAgreementId,
    version: preview.version,
    activities: preview.activities,
    summary: {
      activities: preview.activities.length,
      new: count("new"),
      update: count("update"),
      skip: count("skip"),
      critical: tier("critical"),
      error: tier("error"),
      warning: tier("warning"),
      newOrganisations: new Set(preview.activities.flatMap((activity) => activity.newOrganisations)).size,
    },
    result: (row.result as IatiImportView["result"]) ?? null,
  };
}

/** An import the actor made (an ADMIN sees every one); others are not found. */
export async function getIatiImport(viewer: Actor | null, id: string): Promise<IatiImportView> {
  const actor = requirePermission(viewer, "program.create");
  const row = await db().iatiImport.findFirst({ where: { id, ...(actor.role === "ADMIN" ? {} : { createdById: actor.id }) }, select: IMPORT_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "There is no such import, or it is not yours.");
  return toView(row);
}

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
    if (uniqueViolation(error)) throw new AppError("CONFLICT", "A program or organisation in this file was created by someone else meanwhile. Upload the file again to see an up-to-date preview.");
    throw error;
  }
}

function confirmInTransaction(ctx: ActionContext, actor: Actor, id: string, chosen: string[]): Promise<IatiImportView> {
  return db().$transaction(
    async (tx) => {
      // Locks the import, so that two confirmations of it cannot both write.
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "IatiImport" WHERE "id" = ${id} FOR UPDATE`;
      const row = rows.length ? await tx.iatiImport.findFirst({ where: { id, ...(actor.role === "ADMIN" ? {} : { createdById: actor.id }) }, select: { ...IMPORT_SELECT, xml: true } }) : null;
      if (!row) throw new AppError("NOT_FOUND", "There is no such import, or it is not yours.");
      if (row.status === "CONFIRMED") throw new AppError("CONFLICT", "This import has already been confirmed.");
      const preview = row.preview as unknown as StoredPreview;

      const wanted = [...new Set(chosen)];
      const byIdentifier = new Map(preview.activities.map((activity) => [activity.identifier, activity]));
      const unknown = wanted.filter((identifier) => !byIdentifier.has(identifier));
      const skipped = wanted.filter((identifier) => byIdentifier.get(identifier)?.action === "skip");
      if (!wanted.length || unknown.length || skipped.length) {
        const message = !wanted.length
          ? "Choose at least one activity to import."
          : unknown.length
            ? `These are not activities of the file: ${unknown.slice(0, 10).join(", ")}.`
            : `These activities have critical problems and cannot be imported: ${skipped.slice(0, 10).join(", ")}.`;
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
        throw new AppError("CONFLICT", `The database changed since the preview for ${changed.map((activity) => activity.read.identifier).slice(0, 10).join(", ")}. Upload the file again to see an up-to-date preview.`);
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

/** Writes one activity: the program, then the records the file carries, each audited with the import. */
async function writeActivity(tx: DbTx, ctx: ActionContext, activity: ResolvedActivity, organisations: Map<string, string>, importId: string) {
  const { read } = activity;
  const idOf = (organisation: ResolvedOrganisation | undefined) => (organisation ? (organisation.id ?? organisations.get(organisation.key)!) : null);
  const data = activity.program!;
  const funderId = idOf(activity.funder);
  const columns = {
    ...programColumns(data.type === "FINANCIAL_ASSISTANCE" ? { ...data, funderId: funderId! } : data),
    language: read.language.slice(0, 3),
    translations: read.translations,
  };
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  const record = (action: string, after: unknown, before?: unknown) =>
    audit.push({
      actorId: ctx.actor?.id ?? null,
      action,
      entityType: "CooperationProgram",
      entityId: "",
      ...(before !== undefined && { before: JSON.parse(JSON.stringify(before)) }),
      after: JSON.parse(JSON.stringify({ ...(after as object), importId })),
      requestId: ctx.requestId,
    });

  let programId: string;
  if (activity.action === "new") {
    const { visibility, ...rest } = columns;
    const program = await tx.cooperationProgram.create({
      data: {
        ...rest,
        visibility,
        reportingOrganisationId: idOf(activity.reporter)!,
        beneficiaries: { create: data.beneficiaryCountries.map((countryCode) => ({ countryCode })) },
        provisions: { create: data.provisionIds.map((provisionId) => ({ provisionId })) },
      },
      select: { id: true },
    });
    programId = program.id;
    record("program.import", { action: "create", identifier: data.identifier, title: data.title, type: data.type, status: data.status, reportingOrganisationId: idOf(activity.reporter) });
  } else {
    const existing = activity.existing!;
    // An update keeps the program's visibility; the file's records replace those it carries.
    const { visibility: _visibility, ...rest } = columns;
    const { count } = await tx.cooperationProgram.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...rest, version: { increment: 1 } } });
    if (!count) throw new AppError("CONFLICT", `The program ${data.identifier} changed since the preview. Upload the file again.`);
    programId = existing.id;
    // What the update replaces is kept in its audit entry, so that the program's history can show it.
    const before = await tx.cooperationProgram.findUniqueOrThrow({
      where: { id: programId },
      select: {
        ...PROGRAM_RECORD_SELECT,
        participants: { select: { role: true, organisationId: true } },
        ...(activity.budgets.length ? { budgets: { select: { type: true, status: true, periodStart: true, periodEnd: true, amount: true, currencyCode: true, valueDate: true } } } : {}),
        ...(activity.transactions.length ? { transactions: { select: { type: true, date: true, amount: true, currencyCode: true, providerId: true, receiverId: true, reference: true, description: true } } } : {}),
        ...(read.indicators.length ? { indicators: { select: { title: true, level: true, measure: true, baselineYear: true, baselineValue: true, baselineText: true, periods: { select: { periodStart: true, periodEnd: true, targetValue: true, targetText: true, actualValue: true, actualText: true, comment: true } } } } } : {}),
      },
    });
    await tx.programCountry.deleteMany({ where: { programId } });
    await tx.programCountry.createMany({ data: data.beneficiaryCountries.map((countryCode) => ({ programId, countryCode })) });
    await tx.programProvision.deleteMany({ where: { programId } });
    await tx.programProvision.createMany({ data: data.provisionIds.map((provisionId) => ({ programId, provisionId })) });
    const roles = read.namesCivilSociety ? undefined : ["FUNDER", "ACCOUNTABLE", "PARTNER", "IMPLEMENTER"] as const;
    await tx.participant.deleteMany({ where: { programId, ...(roles && { role: { in: [...roles] } }) } });
    if (activity.budgets.length) await tx.budget.deleteMany({ where: { programId } });
    if (activity.transactions.length) await tx.transaction.deleteMany({ where: { programId } });
    if (read.indicators.length) await tx.indicator.deleteMany({ where: { programId } });
    record("program.import", { action: "update", identifier: data.identifier, title: data.title, type: data.type, status: data.status, fromVersion: existing.version }, before);
  }

  const participants = activity.participants.map((participant) => ({ programId, organisationId: idOf(participant.organisation)!, role: participant.role }));
  await createInSlices(participants, (slice) => tx.participant.createMany({ data: slice, skipDuplicates: true }));
  for (const participant of participants) record("participant.import", participant);

  const budgets = activity.budgets.map((budget) => ({ programId, ...budget, valueDate: budget.valueDate ?? budget.periodStart }));
  await createInSlices(budgets, (slice) => tx.budget.createMany({ data: slice }));
  for (const budget of budgets) record("budget.import", budget);

  const transactions = activity.transactions.map((transaction) => ({
    programId,
    ...transaction.input,
    reference: transaction.input.reference ?? null,
    providerId: idOf(transaction.provider),
    receiverId: idOf(transaction.receiver),
    translations: transaction.translations,
  }));
  await createInSlices(transactions, (slice) => tx.transaction.createMany({ data: slice }));
  for (const transaction of transactions) record("transaction.import", transaction);

  for (const indicator of read.indicators) {
    const { baseline, ...fields } = indicator.input;
    const qualitative = fields.measure === "QUALITATIVE";
    const created = await tx.indicator.create({
      data: {
        programId,
        ...fields,
        baselineValue: qualitative ? null : (baseline ?? null),
        baselineText: qualitative ? (baseline ?? null) : null,
        translations: indicator.translations,
      },
      select: { id: true },
    });
    // Periods in slices, not nested in the create: a file may give an indicator thousands.
    await createInSlices(indicator.periods, (slice) =>
      tx.indicatorPeriod.createMany({
        data: slice.map((period) => ({
          indicatorId: created.id,
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          // IATI has no due date for a report; it is the period's end.
          dueDate: period.dueDate ?? period.periodEnd,
          targetValue: qualitative ? null : (period.target ?? null),
          targetText: qualitative ? (period.target ?? null) : null,
          actualValue: qualitative ? null : (period.actual ?? null),
          actualText: qualitative ? (period.actual ?? null) : null,
          comment: period.comment ?? null,
        })),
      }),
    );
    record("indicator.import", { id: created.id, title: fields.title, periods: indicator.periods.length });
  }

  const knownUrls = new Set(activity.existing?.documentUrls ?? []);
  const documents = read.documents
    .filter((document) => !knownUrls.has(document.input.url))
    .map((document) => ({
      programId,
      title: document.input.title,
      category: document.input.category,
      url: document.input.url,
      contentType: document.format,
      languageCode: document.input.languageCode ?? null,
      documentDate: document.input.documentDate ?? null,
      translations: document.translations,
      uploadedById: ctx.actor?.id ?? null,
    }));
  await createInSlices(documents, (slice) => tx.document.createMany({ data: slice }));
  for (const document of documents) record("document.import", document);

  await createInSlices(audit, (slice) => tx.auditEvent.createMany({ data: slice.map((entry) => ({ ...entry, entityId: programId })) }));
}

/** The programs a confirmed import wrote that the viewer may read, for links to them. */
export async function importedPrograms(actor: Actor, view: IatiImportView) {
  const identifiers = view.result ? [...view.result.created, ...view.result.updated] : [];
  if (!identifiers.length) return [];
  return findInSlices(identifiers, (slice) =>
    db().cooperationProgram.findMany({ where: { AND: [{ identifier: { in: slice } }, programReadWhere(actor)] }, select: { id: true, identifier: true, title: true } }),
  );
}
