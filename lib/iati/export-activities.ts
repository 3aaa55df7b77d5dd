import "server-only";
import { createCB } from "xmlbuilder2";
import type { XMLBuilderCB } from "xmlbuilder2/lib/interfaces";
import type { Viewer } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log";
import { programFilterSql } from "@/lib/programs/list-programs";
import type { TProgramFilter } from "@/lib/validation/programs";
import {
  ACTIVITY_DATES,
  ACTIVITY_STATUS,
  AID_TYPE,
  BUDGET_STATUS,
  BUDGET_TYPE,
  IATI_VERSION,
  INDICATOR_MEASURE,
  LINK_FORMAT,
  ORGANISATION_ROLE,
  ORGANISATION_TYPE,
  RESULT_TYPE,
  TOPIC_SECTOR,
  TOPIC_VOCABULARY_URI,
  TRACKER_NS,
  TRACKER_PREFIX,
  TRANSACTION_TYPE,
} from "./codes";
import { readTranslations } from "./translations";

/** Programs read per query while the file streams; memory holds one batch at a time. */
const ACTIVITY_BATCH = 100;

const ORGANISATION_SELECT = { name: true, kind: true, countryCode: true, iatiIdentifier: true, translations: true } satisfies Prisma.OrganisationSelect;

const ACTIVITY_SELECT = {
  id: true,
  identifier: true,
  title: true,
  summary: true,
  objectives: true,
  type: true,
  status: true,
  topics: true,
  plannedStart: true,
  plannedEnd: true,
  actualStart: true,
  actualEnd: true,
  currencyCode: true,
  language: true,
  translations: true,
  createdAt: true,
  updatedAt: true,
  fundingAmount: true,
  expertiseArea: true,
  researchQuestions: true,
  researchOutputs: true,
  exchangeSubject: true,
  exchangeBetween: true,
  funder: { select: ORGANISATION_SELECT },
  agreement: { select: { shortName: true } },
  leadInstitution: { select: { name: true } },
  beneficiaries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  provisions: { select: { provision: { select: { article: true, topic: true } } } },
  participants: { select: { role: true, organisation: { select: ORGANISATION_SELECT } } },
  budgets: {
    select: { type: true, status: true, periodStart: true, periodEnd: true, amount: true, currencyCode: true, valueDate: true },
    orderBy: [{ periodStart: "asc" }, { type: "asc" }, { status: "asc" }, { amount: "asc" }],
  },
  transactions: {
    select: {
      type: true,
      date: true,
      amount: true,
      currencyCode: true,
      reference: true,
      description: true,
      translations: true,
      provider: { select: ORGANISATION_SELECT },
      receiver: { select: ORGANISATION_SELECT },
    },
    orderBy: [{ date: "asc" }, { type: "asc" }, { amount: "asc" }, { reference: "asc" }, { description: "asc" }],
  },
  indicators: {
    select: {
      title: true,
      description: true,
      level: true,
      measure: true,
      ascending: true,
      baselineYear: true,
      baselineValue: true,
      baselineText: true,
      unit: true,
      translations: true,
      periods: {
        select: { periodStart: true, periodEnd: true, targetValue: true, targetText: true, actualValue: true, actualText: true, comment: true },
        orderBy: { periodStart: "asc" },
      },
    },
    orderBy: [{ level: "asc" }, { title: "asc" }],
  },
  documents: {
    select: { id: true, title: true, category: true, url: true, storageKey: true, contentType: true, languageCode: true, documentDate: true, translations: true },
    orderBy: [{ title: "asc" }, { url: "asc" }],
  },
} satisfies Prisma.CooperationProgramSelect;

export type ExportedProgram = Prisma.CooperationProgramGetPayload<{ select: typeof ACTIVITY_SELECT }>;
type ExportedOrganisation = Prisma.OrganisationGetPayload<{ select: typeof ORGANISATION_SELECT }>;

/**
 * The programs the list shows for `filter` (within what the viewer may read), in batches ordered by
 * identifier, each program with everything its IATI activity holds.
 */
export async function* activityBatches(viewer: Viewer, filter: TProgramFilter, programId?: string): AsyncGenerator<ExportedProgram[]> {
  const where = programId === undefined ? programFilterSql(viewer, filter) : Prisma.sql`${programFilterSql(viewer, filter)} AND p."id" = ${programId}`;
  let after = "";
  for (;;) {
    const page = await db().$queryRaw<{ id: string; identifier: string }[]>`
      SELECT p."id", p."identifier" FROM "CooperationProgram" p
      WHERE ${where} AND p."identifier" > ${after}
      ORDER BY p."identifier" LIMIT ${ACTIVITY_BATCH}`;
    if (!page.length) return;
    const programs = await db().cooperationProgram.findMany({ where: { id: { in: page.map((row) => row.id) } }, select: ACTIVITY_SELECT, orderBy: { identifier: "asc" } });
    yield programs;
    if (page.length < ACTIVITY_BATCH) return;
    after = page.at(-1)!.identifier;
  }
}

/** Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (text: string) => text.replace(NOT_XML, "");
const day = (value: Date) => value.toISOString().slice(0, 10);
/** A Decimal as IATI's xsd:decimal, without trailing zeros after the point. */
const decimal = (value: Prisma.Decimal) => value.toFixed();

/** Writes IATI activities to the builder, which hands the text on as it is produced. */
class ActivityWriter {
  constructor(
    private readonly xml: XMLBuilderCB,
    private readonly documentUrl: (documentId: string) => string,
  ) {}

  /** The text in the program's language, then each of its translations, one narrative per language. */
  private narratives(text: string, translations?: Record<string, string>) {
    this.xml.ele("narrative").txt(clean(text)).up();
    for (const [language, translated] of Object.entries(translations ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      this.xml.ele("narrative", { "xml:lang": language }).txt(clean(translated)).up();
    }
  }

  private organisation(element: string, organisation: ExportedOrganisation, attributes: Record<string, string>) {
    const names = readTranslations(organisation.translations).name;
    this.xml.ele(element, {
      ...(organisation.iatiIdentifier ? { ref: organisation.iatiIdentifier } : {}),
      type: ORGANISATION_TYPE[organisation.kind],
      ...attributes,
      [`${TRACKER_PREFIX}:kind`]: organisation.kind,
      ...(organisation.countryCode ? { [`${TRACKER_PREFIX}:country`]: organisation.countryCode } : {}),
    });
    this.narratives(organisation.name, names);
    this.xml.up();
  }

  write(program: ExportedProgram) {
    const { xml } = this;
    const translations = readTranslations(program.translations);
    xml.ele("iati-activity", {
      "last-updated-datetime": program.updatedAt.toISOString(),
      "xml:lang": program.language,
      "default-currency": program.currencyCode,
    });
    xml.ele("iati-identifier").txt(program.identifier).up();

    const iatiParticipants = program.participants
      .filter((participant) => ORGANISATION_ROLE[participant.role])
      .sort((a, b) => Number(ORGANISATION_ROLE[a.role]) - Number(ORGANISATION_ROLE[b.role]) || a.organisation.name.localeCompare(b.organisation.name));
    // The accountable organisation reports the activity; without one, the first organisation with a role in it.
    const reporter = (iatiParticipants.find((participant) => participant.role === "ACCOUNTABLE") ?? iatiParticipants[0])?.organisation;
    if (reporter) {
      xml.ele("reporting-org", { ref: reporter.iatiIdentifier ?? "", type: ORGANISATION_TYPE[reporter.kind] });
      this.narratives(reporter.name, readTranslations(reporter.translations).name);
      xml.up();
    } else {
      // The schema requires a reporting organisation; the lead institution or the agreement stands in.
      xml.ele("reporting-org", { ref: "", type: "90", [`${TRACKER_PREFIX}:placeholder`]: "true" });
      this.narratives(program.leadInstitution?.name ?? program.agreement.shortName);
      xml.up();
    }

    xml.ele("title");
    this.narratives(program.title, translations.title);
    xml.up();
    xml.ele("description", { type: "1" });
    this.narratives(program.summary, translations.summary);
    xml.up();
    if (program.objectives) {
      xml.ele("description", { type: "2" });
      this.narratives(program.objectives, translations.objectives);
      xml.up();
    }

    for (const participant of iatiParticipants) this.organisation("participating-org", participant.organisation, { role: ORGANISATION_ROLE[participant.role]! });
    if (!iatiParticipants.length) {
      // At least one participating organisation is required: the stand-in that reports it.
      xml.ele("participating-org", { role: "2", type: "90", [`${TRACKER_PREFIX}:placeholder`]: "true" });
      this.narratives(program.leadInstitution?.name ?? program.agreement.shortName);
      xml.up();
    }

    xml.ele("activity-status", { code: ACTIVITY_STATUS[program.status] }).up();
    const dates = ACTIVITY_DATES.filter(([field]) => program[field]);
    for (const [field, type] of dates) xml.ele("activity-date", { type, "iso-date": day(program[field]!) }).up();
    if (!dates.length) {
      // At least one date is required: the day the program was registered, marked as standing in.
      xml.ele("activity-date", { type: "1", "iso-date": day(program.createdAt), [`${TRACKER_PREFIX}:placeholder`]: "true" });
      xml.ele("narrative").txt("No date is recorded for this program; this is the day it was registered.").up();
      xml.up();
    }

    for (const { countryCode } of program.beneficiaries) xml.ele("recipient-country", { code: countryCode }).up();
    const sectors = [...new Set(program.topics.map((topic) => TOPIC_SECTOR[topic]).filter((code) => code !== undefined))].sort();
    for (const code of sectors) xml.ele("sector", { vocabulary: "1", code }).up();
    for (const topic of program.topics.filter((topic) => !TOPIC_SECTOR[topic])) {
      xml.ele("tag", { vocabulary: "99", "vocabulary-uri": TOPIC_VOCABULARY_URI, code: topic });
      xml.ele("narrative").txt("Other labour topic").up();
      xml.up();
    }
    xml.ele("default-aid-type", { code: AID_TYPE[program.type], vocabulary: "1" }).up();

    for (const budget of program.budgets) {
      xml.ele("budget", { type: BUDGET_TYPE[budget.type], status: BUDGET_STATUS[budget.status] });
      xml.ele("period-start", { "iso-date": day(budget.periodStart) }).up();
      xml.ele("period-end", { "iso-date": day(budget.periodEnd) }).up();
      xml.ele("value", { currency: budget.currencyCode, "value-date": day(budget.valueDate) }).txt(decimal(budget.amount)).up();
      xml.up();
    }

    for (const transaction of program.transactions) {
      xml.ele("transaction", transaction.reference ? { ref: transaction.reference } : {});
      xml.ele("transaction-type", { code: TRANSACTION_TYPE[transaction.type] }).up();
      xml.ele("transaction-date", { "iso-date": day(transaction.date) }).up();
      xml.ele("value", { currency: transaction.currencyCode, "value-date": day(transaction.date) }).txt(decimal(transaction.amount)).up();
      if (transaction.description) {
        xml.ele("description");
        this.narratives(transaction.description, readTranslations(transaction.translations).description);
        xml.up();
      }
      if (transaction.provider) this.organisation("provider-org", transaction.provider, {});
      if (transaction.receiver) this.organisation("receiver-org", transaction.receiver, {});
      xml.up();
    }

    for (const document of program.documents) {
      xml.ele("document-link", {
        format: document.contentType ?? LINK_FORMAT,
        url: document.url ?? this.documentUrl(document.id),
      });
      xml.ele("title");
      this.narratives(document.title, readTranslations(document.translations).title);
      xml.up();
      xml.ele("category", { code: document.category }).up();
      if (document.languageCode) xml.ele("language", { code: document.languageCode }).up();
      if (document.documentDate) xml.ele("document-date", { "iso-date": day(document.documentDate) }).up();
      xml.up();
    }

    for (const indicator of program.indicators) this.result(indicator);

    this.extension(program);
    xml.up();
  }

  /** One result per indicator: the result takes the indicator's level and title. */
  private result(indicator: ExportedProgram["indicators"][number]) {
    const { xml } = this;
    const translations = readTranslations(indicator.translations);
    const qualitative = indicator.measure === "QUALITATIVE";
    xml.ele("result", { type: RESULT_TYPE[indicator.level] });
    xml.ele("title");
    this.narratives(indicator.title, translations.title);
    xml.up();
    xml.ele("indicator", {
      measure: INDICATOR_MEASURE[indicator.measure],
      ascending: indicator.ascending ? "1" : "0",
      ...(indicator.unit ? { [`${TRACKER_PREFIX}:unit`]: indicator.unit } : {}),
    });
    xml.ele("title");
    this.narratives(indicator.title, translations.title);
    xml.up();
    if (indicator.description) {
      xml.ele("description");
      this.narratives(indicator.description, translations.description);
      xml.up();
    }
    if (indicator.baselineYear !== null) {
      xml.ele("baseline", { year: String(indicator.baselineYear), ...(indicator.baselineValue !== null && !qualitative ? { value: decimal(indicator.baselineValue) } : {}) });
      if (qualitative && indicator.baselineText) this.comment(indicator.baselineText);
      xml.up();
    }
    for (const period of indicator.periods) {
      // A numeric actual carries the period's comment; a qualitative actual is itself text, so the
      // comment then goes on the period, in the tracker's namespace.
      const commentOnActual = !qualitative && period.actualValue !== null;
      xml.ele("period", period.comment && !commentOnActual ? { [`${TRACKER_PREFIX}:comment`]: clean(period.comment) } : {});
      xml.ele("period-start", { "iso-date": day(period.periodStart) }).up();
      xml.ele("period-end", { "iso-date": day(period.periodEnd) }).up();
      this.value("target", qualitative ? null : period.targetValue, qualitative ? period.targetText : null);
      this.value("actual", qualitative ? null : period.actualValue, qualitative ? period.actualText : commentOnActual ? period.comment : null);
      xml.up();
    }
    xml.up();
    xml.up();
  }

  private comment(text: string) {
    this.xml.ele("comment");
    this.narratives(text);
    this.xml.up();
  }

  private value(element: "target" | "actual", value: Prisma.Decimal | null, text: string | null) {
    if (value === null && !text) return;
    this.xml.ele(element, value === null ? {} : { value: decimal(value) });
    if (text) this.comment(text);
    this.xml.up();
  }

  /** What IATI has no element for, in the tracker's own namespace, so that an import restores it exactly. */
  private extension(program: ExportedProgram) {
    const { xml } = this;
    const p = (name: string) => `${TRACKER_PREFIX}:${name}`;
    xml.ele(TRACKER_NS, p("program"), {
      type: program.type,
      agreement: program.agreement.shortName,
      ...(program.leadInstitution ? { "lead-institution": program.leadInstitution.name } : {}),
      ...(program.fundingAmount !== null ? { "funding-amount": decimal(program.fundingAmount) } : {}),
    });
    for (const topic of program.topics) xml.ele(TRACKER_NS, p("topic"), { code: topic }).up();
    const provisions = program.provisions.map(({ provision }) => provision).sort((a, b) => a.article.localeCompare(b.article) || a.topic.localeCompare(b.topic));
    for (const provision of provisions) xml.ele(TRACKER_NS, p("provision"), { article: provision.article, topic: provision.topic }).up();
    if (program.funder) {
      xml.ele(TRACKER_NS, p("funder"), { ...(program.funder.iatiIdentifier ? { ref: program.funder.iatiIdentifier } : {}), kind: program.funder.kind, ...(program.funder.countryCode ? { country: program.funder.countryCode } : {}) }).txt(clean(program.funder.name)).up();
    }
    const details = { expertiseArea: program.expertiseArea, researchQuestions: program.researchQuestions, researchOutputs: program.researchOutputs, exchangeSubject: program.exchangeSubject, exchangeBetween: program.exchangeBetween };
    for (const [name, text] of Object.entries(details)) if (text !== null) xml.ele(TRACKER_NS, p("detail"), { name }).txt(clean(text)).up();
    const others = program.participants
      .filter((participant) => !ORGANISATION_ROLE[participant.role])
      .sort((a, b) => a.role.localeCompare(b.role) || a.organisation.name.localeCompare(b.organisation.name));
    for (const { role, organisation } of others) {
      xml.ele(TRACKER_NS, p("participant"), { role, ...(organisation.iatiIdentifier ? { ref: organisation.iatiIdentifier } : {}), kind: organisation.kind, ...(organisation.countryCode ? { country: organisation.countryCode } : {}) }).txt(clean(organisation.name)).up();
    }
    xml.up();
  }
}

/**
 * The IATI activities file of the programs the list shows for `filter`, as a web stream written as
 * the client reads it: one batch of programs is read and written at a time, so memory stays flat
 * however many programs there are. Uploaded documents are linked at `documentUrl`.
 */
export function iatiActivitiesStream(batches: AsyncIterable<ExportedProgram[]>, documentUrl: (documentId: string) => string, generatedAt = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  const xml = createCB({ data: (chunk: string) => pending.push(chunk), prettyPrint: true, indent: "  " });
  const writer = new ActivityWriter(xml, documentUrl);
  let iterator: AsyncIterator<ExportedProgram[]> | undefined;
  const flush = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (pending.length) controller.enqueue(encoder.encode(pending.join("")));
    pending = [];
  };
  return new ReadableStream<Uint8Array>({
    start() {
      xml.dec({ version: "1.0", encoding: "UTF-8" });
      xml.ele("iati-activities", { version: IATI_VERSION, "generated-datetime": generatedAt.toISOString(), [`xmlns:${TRACKER_PREFIX}`]: TRACKER_NS });
    },
    async pull(controller) {
      iterator ??= batches[Symbol.asyncIterator]();
      try {
        const next = await iterator.next();
        if (next.done) {
          xml.up();
          xml.end();
          flush(controller);
          controller.close();
          return;
        }
        for (const program of next.value) writer.write(program);
      } catch (error) {
        logger.error({ err: error }, "IATI export failed while streaming");
        throw error;
      }
      flush(controller);
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}

/**
 * The IATI file of the programs the list shows for `filter` (or of the one program `programId`). The first batch is read before
 * anything is sent, so that a failure is answered with the API's error shape, and an empty set is
 * refused: an IATI file holds at least one activity.
 */
export async function iatiExport(viewer: Viewer, filter: TProgramFilter, documentUrl: (documentId: string) => string, programId?: string): Promise<ReadableStream<Uint8Array>> {
  const iterator = activityBatches(viewer, filter, programId);
  const first = await iterator.next();
  if (first.done) {
    throw new AppError("NOT_FOUND", programId ? "There is no such program, or you may not read it." : "No program you may read matches these filters, and an IATI file holds at least one activity.");
  }
  async function* batches() {
    yield first.value as ExportedProgram[];
    yield* iterator;
  }
  return iatiActivitiesStream(batches(), documentUrl);
}
