import "server-only";
import { XMLBuilder } from "fast-xml-parser";
import type { Viewer } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log";
import { programFilterSql } from "@/lib/programs/list-programs";
import type { BudgetStatus, BudgetType, IndicatorMeasure, LabourTopic, OrganisationKind, ParticipantRole, ProgramStatus, ProgramType, ResultLevel, TransactionType } from "@/lib/db/generated/enums";
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

/** An organisation as an activity names it. */
type ExportedOrganisation = { name: string; kind: OrganisationKind; countryCode: string | null; iatiIdentifier: string | null; translations: unknown };

/**
 * A program with everything its IATI activity holds, as PostgreSQL assembles it: dates as
 * YYYY-MM-DD, moments as ISO 8601 in UTC, money and other decimals as decimal strings.
 */
export type ExportedProgram = {
  id: string;
  identifier: string;
  title: string;
  summary: string;
  objectives: string;
  type: ProgramType;
  status: ProgramStatus;
  topics: LabourTopic[];
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  currencyCode: string;
  language: string;
  translations: unknown;
  createdAt: string;
  updatedAt: string;
  fundingAmount: string | null;
  expertiseArea: string | null;
  researchQuestions: string | null;
  researchOutputs: string | null;
  exchangeSubject: string | null;
  exchangeBetween: string | null;
  funder: ExportedOrganisation | null;
  reporter: ExportedOrganisation;
  agreement: { shortName: string };
  leadInstitution: { name: string } | null;
  beneficiaries: { countryCode: string }[];
  provisions: { provision: { article: string; topic: LabourTopic } }[];
  participants: { role: ParticipantRole; organisation: ExportedOrganisation }[];
  budgets: { type: BudgetType; status: BudgetStatus; periodStart: string; periodEnd: string; amount: string; currencyCode: string; valueDate: string }[];
  transactions: {
    type: TransactionType;
    date: string;
    amount: string;
    currencyCode: string;
    reference: string | null;
    description: string;
    translations: unknown;
    provider: ExportedOrganisation | null;
    receiver: ExportedOrganisation | null;
  }[];
  indicators: {
    title: string;
    description: string;
    level: ResultLevel;
    measure: IndicatorMeasure;
    ascending: boolean;
    baselineYear: number | null;
    baselineValue: string | null;
    baselineText: string | null;
    unit: string | null;
    translations: unknown;
    periods: { periodStart: string; periodEnd: string; targetValue: string | null; targetText: string | null; actualValue: string | null; actualText: string | null; comment: string | null }[];
  }[];
  documents: { id: string; title: string; category: string; url: string | null; contentType: string | null; languageCode: string | null; documentDate: string | null; translations: unknown }[];
};

/** The organisation row aliased `alias` as JSON. */
const organisationJson = (alias: string) => {
  const o = Prisma.raw(`"${alias}"`);
  return Prisma.sql`json_build_object('name', ${o}."name", 'kind', ${o}."kind", 'countryCode', ${o}."countryCode", 'iatiIdentifier', ${o}."iatiIdentifier", 'translations', ${o}."translations")`;
};
const UTC = Prisma.sql`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The programs `ids` as ExportedPrograms, in identifier order. PostgreSQL builds each program's
 * document in one query, with every list in the order the file gives it, so that the same data
 * always gives the same file.
 */
async function loadActivities(ids: string[]): Promise<ExportedProgram[]> {
  const rows = await db().$queryRaw<{ doc: ExportedProgram }[]>`
    SELECT json_build_object(
      'id', p."id", 'identifier', p."identifier", 'title', p."title", 'summary', p."summary", 'objectives', p."objectives",
      'type', p."type", 'status', p."status", 'topics', COALESCE(to_json(p."topics"), '[]'),
      'plannedStart', p."plannedStart", 'plannedEnd', p."plannedEnd", 'actualStart', p."actualStart", 'actualEnd', p."actualEnd",
      'currencyCode', p."currencyCode", 'language', p."language", 'translations', p."translations",
      'createdAt', to_char(p."createdAt", ${UTC}), 'updatedAt', to_char(p."updatedAt", ${UTC}),
      'fundingAmount', p."fundingAmount"::text, 'expertiseArea', p."expertiseArea", 'researchQuestions', p."researchQuestions",
      'researchOutputs', p."researchOutputs", 'exchangeSubject', p."exchangeSubject", 'exchangeBetween', p."exchangeBetween",
      'funder', (SELECT ${organisationJson("f")} FROM "Organisation" f WHERE f."id" = p."funderId"),
      'reporter', (SELECT ${organisationJson("ro")} FROM "Organisation" ro WHERE ro."id" = p."reportingOrganisationId"),
      'agreement', json_build_object('shortName', a."shortName"),
      'leadInstitution', (SELECT json_build_object('name', li."name") FROM "Institution" li WHERE li."id" = p."leadInstitutionId"),
      'beneficiaries', COALESCE((SELECT json_agg(json_build_object('countryCode', pc."countryCode") ORDER BY pc."countryCode") FROM "ProgramCountry" pc WHERE pc."programId" = p."id"), '[]'),
      'provisions', COALESCE((SELECT json_agg(json_build_object('provision', json_build_object('article', lp."article", 'topic', lp."topic")))
        FROM "ProgramProvision" pp JOIN "LabourProvision" lp ON lp."id" = pp."provisionId" WHERE pp."programId" = p."id"), '[]'),
      'participants', COALESCE((SELECT json_agg(json_build_object('role', pa."role", 'organisation', ${organisationJson("o")}))
        FROM "Participant" pa JOIN "Organisation" o ON o."id" = pa."organisationId" WHERE pa."programId" = p."id"), '[]'),
      'budgets', COALESCE((SELECT json_agg(json_build_object('type', b."type", 'status', b."status", 'periodStart', b."periodStart", 'periodEnd', b."periodEnd",
          'amount', b."amount"::text, 'currencyCode', b."currencyCode", 'valueDate', b."valueDate")
        ORDER BY b."periodStart", b."type", b."status", b."amount") FROM "Budget" b WHERE b."programId" = p."id"), '[]'),
      'transactions', COALESCE((SELECT json_agg(json_build_object('type', t."type", 'date', t."date", 'amount', t."amount"::text, 'currencyCode', t."currencyCode",
          'reference', t."reference", 'description', t."description", 'translations', t."translations",
          'provider', CASE WHEN pr."id" IS NULL THEN NULL ELSE ${organisationJson("pr")} END,
          'receiver', CASE WHEN rc."id" IS NULL THEN NULL ELSE ${organisationJson("rc")} END)
        ORDER BY t."date", t."type", t."amount", t."reference", t."description")
        FROM "Transaction" t LEFT JOIN "Organisation" pr ON pr."id" = t."providerId" LEFT JOIN "Organisation" rc ON rc."id" = t."receiverId"
        WHERE t."programId" = p."id"), '[]'),
      'indicators', COALESCE((SELECT json_agg(json_build_object('title', i."title", 'description', i."description", 'level', i."level", 'measure', i."measure",
          'ascending', i."ascending", 'baselineYear', i."baselineYear", 'baselineValue', i."baselineValue"::text, 'baselineText', i."baselineText",
          'unit', i."unit", 'translations', i."translations",
          'periods', COALESCE((SELECT json_agg(json_build_object('periodStart', ip."periodStart", 'periodEnd', ip."periodEnd", 'targetValue', ip."targetValue"::text,
              'targetText', ip."targetText", 'actualValue', ip."actualValue"::text, 'actualText', ip."actualText", 'comment', ip."comment") ORDER BY ip."periodStart")
            FROM "IndicatorPeriod" ip WHERE ip."indicatorId" = i."id"), '[]'))
        ORDER BY i."level", i."title") FROM "Indicator" i WHERE i."programId" = p."id"), '[]'),
      'documents', COALESCE((SELECT json_agg(json_build_object('id', d."id", 'title', d."title", 'category', d."category", 'url', d."url",
          'contentType', d."contentType", 'languageCode', d."languageCode", 'documentDate', d."documentDate", 'translations', d."translations")
        ORDER BY d."title", d."url") FROM "Document" d WHERE d."programId" = p."id"), '[]')
    ) AS doc
    FROM "CooperationProgram" p JOIN "Agreement" a ON a."id" = p."agreementId"
    WHERE p."id" = ANY(${ids})
    ORDER BY p."identifier"`;
  return rows.map((row) => row.doc);
}

/**
 * The programs the list shows for `filter` (within what the viewer may read), in batches ordered by
 * identifier, each program with everything its IATI activity holds.
 */
export async function* activityBatches(viewer: Viewer, filter: TProgramFilter, programId?: string): AsyncGenerator<ExportedProgram[]> {
  const where = programId === undefined ? programFilterSql(viewer, filter) : Prisma.sql`${programFilterSql(viewer, filter)} AND p."id" = ${programId}`;
  const fetchBatch = async (after: string) => {
    const page = await db().$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "CooperationProgram" p
      WHERE ${where} AND p."identifier" > ${after}
      ORDER BY p."identifier" LIMIT ${ACTIVITY_BATCH}`;
    return page.length ? loadActivities(page.map((row) => row.id)) : [];
  };
  // The next batch is read (by PostgreSQL) while the current one is written.
  let next = fetchBatch("");
  for (;;) {
    const programs = await next;
    if (!programs.length) return;
    const full = programs.length === ACTIVITY_BATCH;
    next = full ? fetchBatch(programs.at(-1)!.identifier) : Promise.resolve([]);
    // A client that stops reading leaves the prefetched batch unread; its failure then concerns nobody.
    next.catch(() => undefined);
    yield programs;
    if (!full) return;
  }
}

/** Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (text: string) => text.replace(NOT_XML, "");
const day = (value: string) => value.slice(0, 10);
/** A Decimal as IATI's xsd:decimal, without trailing zeros after the point. */
const decimal = (value: string) => (value.includes(".") ? value.replace(/\.?0+$/, "") : value);
const p = (name: string) => `${TRACKER_PREFIX}:${name}`;

/**
 * An element as fast-xml-parser's builder takes it: attributes as `@_name`, text as `#text`, child
 * elements as properties in the order the schema wants them, repeated ones as arrays.
 */
type Node = { [key: string]: string | Node | Node[] | undefined };

/** Attributes without the unset ones. */
function attributes(values: Record<string, string | undefined | null>): Node {
  const node: Node = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== null) node[`@_${name}`] = clean(value);
  return node;
}

/** The text in the record's language, then each translation, one narrative per language. */
function narratives(text: string, translations?: Record<string, string>): Node[] {
  return [
    { "#text": clean(text) },
    ...Object.entries(translations ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, translated]) => ({ "@_xml:lang": language, "#text": clean(translated) })),
  ];
}

function organisation(org: ExportedOrganisation, extra: Record<string, string> = {}): Node {
  return {
    ...attributes({ ref: org.iatiIdentifier, type: ORGANISATION_TYPE[org.kind], ...extra, [p("kind")]: org.kind, [p("country")]: org.countryCode }),
    narrative: narratives(org.name, readTranslations(org.translations).name),
  };
}

const comment = (text: string): Node => ({ narrative: narratives(text) });

function value(amount: string | null, text: string | null): Node | undefined {
  if (amount === null && !text) return undefined;
  return { ...attributes({ value: amount === null ? undefined : decimal(amount) }), ...(text ? { comment: comment(text) } : {}) };
}

/** One result per indicator: the result takes the indicator's level and title. */
function result(indicator: ExportedProgram["indicators"][number]): Node {
  const translations = readTranslations(indicator.translations);
  const qualitative = indicator.measure === "QUALITATIVE";
  const title = { narrative: narratives(indicator.title, translations.title) };
  return {
    "@_type": RESULT_TYPE[indicator.level],
    title,
    indicator: {
      ...attributes({ measure: INDICATOR_MEASURE[indicator.measure], ascending: indicator.ascending ? "1" : "0", [p("unit")]: indicator.unit || undefined }),
      title,
      ...(indicator.description ? { description: { narrative: narratives(indicator.description, translations.description) } } : {}),
      ...(indicator.baselineYear !== null
        ? {
            baseline: {
              ...attributes({ year: String(indicator.baselineYear), value: indicator.baselineValue !== null && !qualitative ? decimal(indicator.baselineValue) : undefined }),
              ...(qualitative && indicator.baselineText ? { comment: comment(indicator.baselineText) } : {}),
            },
          }
        : {}),
      period: indicator.periods.map((period) => {
        // A numeric actual carries the period's comment; a qualitative actual is itself text, so the
        // comment then goes on the period, in the tracker's namespace.
        const commentOnActual = !qualitative && period.actualValue !== null;
        return {
          ...attributes({ [p("comment")]: period.comment && !commentOnActual ? clean(period.comment) : undefined }),
          "period-start": { "@_iso-date": day(period.periodStart) },
          "period-end": { "@_iso-date": day(period.periodEnd) },
          target: value(qualitative ? null : period.targetValue, qualitative ? period.targetText : null),
          actual: value(qualitative ? null : period.actualValue, qualitative ? period.actualText : commentOnActual ? period.comment : null),
        };
      }),
    },
  };
}

/** What IATI has no element for, in the tracker's own namespace, so that an import restores it exactly. */
function extension(program: ExportedProgram): Node {
  const provisions = program.provisions.map(({ provision }) => provision).sort((a, b) => a.article.localeCompare(b.article) || a.topic.localeCompare(b.topic));
  const details = { expertiseArea: program.expertiseArea, researchQuestions: program.researchQuestions, researchOutputs: program.researchOutputs, exchangeSubject: program.exchangeSubject, exchangeBetween: program.exchangeBetween };
  const others = program.participants
    .filter((participant) => !ORGANISATION_ROLE[participant.role])
    .sort((a, b) => a.role.localeCompare(b.role) || a.organisation.name.localeCompare(b.organisation.name));
  const trackerOrganisation = (org: ExportedOrganisation, extra: Record<string, string> = {}): Node => ({
    ...attributes({ ...extra, ref: org.iatiIdentifier, kind: org.kind, country: org.countryCode }),
    "#text": clean(org.name),
  });
  return {
    ...attributes({
      type: program.type,
      agreement: program.agreement.shortName,
      "lead-institution": program.leadInstitution?.name,
      "funding-amount": program.fundingAmount === null ? undefined : decimal(program.fundingAmount),
    }),
    [p("topic")]: program.topics.map((topic) => ({ "@_code": topic })),
    [p("provision")]: provisions.map((provision) => attributes({ article: provision.article, topic: provision.topic })),
    ...(program.funder ? { [p("funder")]: trackerOrganisation(program.funder) } : {}),
    [p("detail")]: Object.entries(details).flatMap(([name, text]) => (text === null ? [] : [{ "@_name": name, "#text": clean(text) }])),
    [p("participant")]: others.map(({ role, organisation: org }) => trackerOrganisation(org, { role })),
  };
}

/** A program as an `iati-activity` element, its children in the order the schema requires. */
function activity(program: ExportedProgram, documentUrl: (documentId: string) => string): Node {
  const translations = readTranslations(program.translations);
  const iatiParticipants = program.participants
    .filter((participant) => ORGANISATION_ROLE[participant.role])
    .sort((a, b) => Number(ORGANISATION_ROLE[a.role]) - Number(ORGANISATION_ROLE[b.role]) || a.organisation.name.localeCompare(b.organisation.name));
  const { reporter } = program;
  // The schema requires a participating organisation; the lead institution or the agreement stands in.
  const standIn = { ...attributes({ type: "90", [p("placeholder")]: "true" }), narrative: narratives(program.leadInstitution?.name ?? program.agreement.shortName) };
  const dates = ACTIVITY_DATES.filter(([field]) => program[field]);
  const sectors = [...new Set(program.topics.map((topic) => TOPIC_SECTOR[topic]).filter((code) => code !== undefined))].sort();

  return {
    ...attributes({ "last-updated-datetime": program.updatedAt, "xml:lang": program.language, "default-currency": program.currencyCode }),
    "iati-identifier": { "#text": clean(program.identifier) },
    "reporting-org": { ...attributes({ ref: reporter.iatiIdentifier ?? "", type: ORGANISATION_TYPE[reporter.kind] }), narrative: narratives(reporter.name, readTranslations(reporter.translations).name) },
    title: { narrative: narratives(program.title, translations.title) },
    description: [
      { "@_type": "1", narrative: narratives(program.summary, translations.summary) },
      ...(program.objectives ? [{ "@_type": "2", narrative: narratives(program.objectives, translations.objectives) }] : []),
    ],
    "participating-org": iatiParticipants.length
      ? iatiParticipants.map((participant) => organisation(participant.organisation, { role: ORGANISATION_ROLE[participant.role]! }))
      : [{ "@_role": "2", ...standIn }],
    "activity-status": { "@_code": ACTIVITY_STATUS[program.status] },
    // At least one date is required: without any, the day the program was registered, marked as standing in.
    "activity-date": dates.length
      ? dates.map(([field, type]) => ({ "@_type": type, "@_iso-date": day(program[field]!) }))
      : [{ ...attributes({ type: "1", "iso-date": day(program.createdAt), [p("placeholder")]: "true" }), narrative: narratives("No date is recorded for this program; this is the day it was registered.") }],
    "recipient-country": program.beneficiaries.map(({ countryCode }) => ({ "@_code": countryCode })),
    sector: sectors.map((code) => ({ "@_vocabulary": "1", "@_code": code })),
    tag: program.topics
      .filter((topic) => !TOPIC_SECTOR[topic])
      .map((topic) => ({ "@_vocabulary": "99", "@_vocabulary-uri": TOPIC_VOCABULARY_URI, "@_code": topic, narrative: narratives("Other labour topic") })),
    "default-aid-type": { "@_code": AID_TYPE[program.type], "@_vocabulary": "1" },
    budget: program.budgets.map((budget) => ({
      "@_type": BUDGET_TYPE[budget.type],
      "@_status": BUDGET_STATUS[budget.status],
      "period-start": { "@_iso-date": day(budget.periodStart) },
      "period-end": { "@_iso-date": day(budget.periodEnd) },
      value: { "@_currency": budget.currencyCode, "@_value-date": day(budget.valueDate), "#text": decimal(budget.amount) },
    })),
    transaction: program.transactions.map((transaction) => ({
      ...attributes({ ref: transaction.reference }),
      "transaction-type": { "@_code": TRANSACTION_TYPE[transaction.type] },
      "transaction-date": { "@_iso-date": day(transaction.date) },
      value: { "@_currency": transaction.currencyCode, "@_value-date": day(transaction.date), "#text": decimal(transaction.amount) },
      ...(transaction.description ? { description: { narrative: narratives(transaction.description, readTranslations(transaction.translations).description) } } : {}),
      ...(transaction.provider ? { "provider-org": organisation(transaction.provider) } : {}),
      ...(transaction.receiver ? { "receiver-org": organisation(transaction.receiver) } : {}),
    })),
    "document-link": program.documents.map((document) => ({
      ...attributes({ format: document.contentType ?? LINK_FORMAT, url: document.url ?? documentUrl(document.id) }),
      title: { narrative: narratives(document.title, readTranslations(document.translations).title) },
      category: { "@_code": document.category },
      ...(document.languageCode ? { language: { "@_code": document.languageCode } } : {}),
      ...(document.documentDate ? { "document-date": { "@_iso-date": day(document.documentDate) } } : {}),
    })),
    result: program.indicators.map(result),
    [p("program")]: extension(program),
  };
}

// Every attribute keeps its value: the builder would otherwise write one whose value is "true" bare.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", textNodeName: "#text", format: false, suppressEmptyNode: true, suppressBooleanAttributes: false, processEntities: true });

/**
 * The IATI activities file of the programs in `batches`, as a web stream written as the client
 * reads it: one batch of programs is read and written at a time, so memory stays flat however many
 * programs there are. Uploaded documents are linked at `documentUrl`.
 */
export function iatiActivitiesStream(batches: AsyncIterable<ExportedProgram[]>, documentUrl: (documentId: string) => string, generatedAt = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<ExportedProgram[]> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        encoder.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="${IATI_VERSION}" generated-datetime="${generatedAt.toISOString()}" xmlns:${TRACKER_PREFIX}="${TRACKER_NS}">\n`),
      );
    },
    async pull(controller) {
      iterator ??= batches[Symbol.asyncIterator]();
      try {
        const next = await iterator.next();
        if (next.done) {
          controller.enqueue(encoder.encode("</iati-activities>\n"));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map((program) => `${builder.build({ "iati-activity": activity(program, documentUrl) })}\n`).join("")));
      } catch (error) {
        logger.error({ err: error }, "IATI export failed while streaming");
        throw error;
      }
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
