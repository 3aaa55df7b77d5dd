import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import type { DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { createInSlices } from "@/lib/platform/db/slices";
import { AppError } from "@/lib/platform/errors/app-error";
import { PROGRAM_RECORD_SELECT } from "@/lib/domain/programs/program-record";
import { programColumns } from "@/lib/domain/programs/program-rules";
import type { ResolvedActivity, ResolvedOrganisation } from "../resolve/types";
import { iatiText } from "../iati-text";

/** What writing each part of one activity shares: the transaction, the activity, and its audit entries. */
type Writer = {
  tx: DbTx;
  ctx: ActionContext;
  activity: ResolvedActivity;
  idOf: (organisation: ResolvedOrganisation | undefined) => string | null;
  /** Adds an audit entry; all are written at the end, once the program's id is known. */
  record: (action: string, after: unknown, before?: unknown) => void;
};

/** Writes one activity: the program, then the records the file carries, each audited with the import. */
export async function writeActivity(tx: DbTx, ctx: ActionContext, activity: ResolvedActivity, organisations: Map<string, string>, importId: string) {
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  const writer: Writer = {
    tx,
    ctx,
    activity,
    idOf: (organisation) => (organisation ? (organisation.id ?? organisations.get(organisation.key)!) : null),
    record: (action, after, before) => {
      audit.push({
        actorId: ctx.actor?.id ?? null,
        action,
        entityType: "CooperationProgram",
        entityId: "",
        ...(before !== undefined && { before: JSON.parse(JSON.stringify(before)) }),
        after: JSON.parse(JSON.stringify({ ...(after as object), importId })),
        requestId: ctx.requestId,
      });
    },
  };
  const programId = activity.action === "new" ? await createProgram(writer) : await updateProgram(writer);
  await writeParticipants(writer, programId);
  await writeMoney(writer, programId);
  await writeIndicators(writer, programId);
  await writeDocuments(writer, programId);
  await createInSlices(audit, (slice) => tx.auditEvent.createMany({ data: slice.map((entry) => ({ ...entry, entityId: programId })) }));
}

/** The program's columns as the file gives them; a financial assistance's funder is known by now. */
function columnsOf({ activity, idOf }: Writer) {
  const data = activity.program!;
  const funderId = idOf(activity.funder);
  return {
    ...programColumns(data.type === "FINANCIAL_ASSISTANCE" ? { ...data, funderId: funderId! } : data),
    language: activity.read.language.slice(0, 3),
    translations: activity.read.translations,
  };
}

async function createProgram(writer: Writer): Promise<string> {
  const { tx, activity, idOf, record } = writer;
  const data = activity.program!;
  const { visibility, ...rest } = columnsOf(writer);
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
  record("program.import", { action: "create", identifier: data.identifier, title: data.title, type: data.type, status: data.status, reportingOrganisationId: idOf(activity.reporter) });
  return program.id;
}

/** An update keeps the program's visibility; the file's records replace those it carries. */
async function updateProgram(writer: Writer): Promise<string> {
  const { tx, activity, record } = writer;
  const { read } = activity;
  const data = activity.program!;
  const existing = activity.existing!;
  const { visibility: _visibility, ...rest } = columnsOf(writer);
  const { count } = await tx.cooperationProgram.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...rest, version: { increment: 1 } } });
  if (!count) throw new AppError("CONFLICT", iatiText("programChangedSincePreview", { identifier: data.identifier }));
  const programId = existing.id;
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
  const roles = read.fromTracker ? undefined : ["FUNDER", "ACCOUNTABLE", "PARTNER", "IMPLEMENTER"] as const;
  if (!read.keepsParticipants) await tx.participant.deleteMany({ where: { programId, ...(roles && { role: { in: [...roles] } }) } });
  if (activity.budgets.length) await tx.budget.deleteMany({ where: { programId } });
  if (activity.transactions.length) await tx.transaction.deleteMany({ where: { programId } });
  if (read.indicators.length) await tx.indicator.deleteMany({ where: { programId } });
  record("program.import", { action: "update", identifier: data.identifier, title: data.title, type: data.type, status: data.status, fromVersion: existing.version }, before);
  return programId;
}

async function writeParticipants({ tx, activity, idOf, record }: Writer, programId: string) {
  const participants = activity.participants.map((participant) => ({ programId, organisationId: idOf(participant.organisation)!, role: participant.role }));
  await createInSlices(participants, (slice) => tx.participant.createMany({ data: slice, skipDuplicates: true }));
  for (const participant of participants) record("participant.import", participant);
}

/** The budgets, then the transactions, with their providers and receivers. */
async function writeMoney({ tx, activity, idOf, record }: Writer, programId: string) {
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
}

async function writeIndicators({ tx, activity, record }: Writer, programId: string) {
  for (const indicator of activity.read.indicators) {
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
}

/** The documents the program does not have yet (by address). */
async function writeDocuments({ tx, ctx, activity, record }: Writer, programId: string) {
  const knownUrls = new Set(activity.existing?.documentUrls ?? []);
  const documents = activity.read.documents
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
}
