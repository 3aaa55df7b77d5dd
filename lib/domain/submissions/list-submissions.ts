import "server-only";
import { offsetFromCursor, type Page, type TPageQuery } from "@/lib/platform/api/pagination";
import { submissionReadWhere, submissionWithheldWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { idsContaining } from "@/lib/platform/db/ids-containing";
import { readTranslations } from "@/lib/domain/iati/translations";
import type { SUBMISSION_SORTS, TSubmissionFilter } from "./schemas";
import { withheldFrom } from "./submission-redaction";
import { AWAITING_DECISION, AWAITING_REPORT, daysBetween, openDeadline } from "./submission-workflow";

const ORGANISATION = { select: { id: true, name: true, acronym: true, countryCode: true } } as const;

export const SUBMISSION_LIST_SELECT = {
  id: true,
  title: true,
  summary: true,
  language: true,
  translations: true,
  status: true,
  topics: true,
  identityWithheld: true,
  organisationId: true,
  filedAt: true,
  decisionDueOn: true,
  decidedAt: true,
  reportDueOn: true,
  reportedAt: true,
  closedAt: true,
  updatedAt: true,
  agreement: { select: { id: true, shortName: true } },
  concerns: { select: { code: true, name: true } },
  contactPoint: { select: { id: true, name: true, countryCode: true } },
  organisation: ORGANISATION,
  coSubmitters: { orderBy: { organisationId: "asc" }, select: { organisationId: true, identityWithheld: true, organisation: ORGANISATION } },
  _count: { select: { recommendations: true } },
} as const satisfies Prisma.SubmissionSelect;

type Row = Prisma.SubmissionGetPayload<{ select: typeof SUBMISSION_LIST_SELECT }>;

const startOfDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** The conditions of `filter`, each to be met. `q` looks in the title and summary in any of their languages, never in names. */
async function filterWhere(filter: TSubmissionFilter, today: Date): Promise<Prisma.SubmissionWhereInput[]> {
  const conditions: Prisma.SubmissionWhereInput[] = [];
  if (filter.agreement) conditions.push({ agreementId: filter.agreement });
  if (filter.concerns) conditions.push({ concernsCountryCode: filter.concerns });
  if (filter.contactPoint) conditions.push({ contactPointId: filter.contactPoint });
  if (filter.topic) conditions.push({ topics: { has: filter.topic } });
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.year !== undefined) conditions.push({ filedAt: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } });
  if (filter.deadline === "overdue") conditions.push(overdueWhere(today));
  if (filter.q) conditions.push({ id: { in: await idsContaining({ table: "Submission", columns: ["title", "summary"], translated: ["title", "summary"] }, filter.q) } });
  return conditions;
}

/** Submissions past the deadline they wait on: a decision, or a report. */
export function overdueWhere(today: Date): Prisma.SubmissionWhereInput {
  const day = startOfDay(today);
  return {
    OR: [
      { status: { in: [...AWAITING_DECISION] }, decisionDueOn: { lt: day } },
      { status: { in: [...AWAITING_REPORT] }, reportDueOn: { lt: day } },
    ],
  };
}

const ORDER: Record<(typeof SUBMISSION_SORTS)[number], Prisma.SubmissionOrderByWithRelationInput> = {
  "-filed": { filedAt: { sort: "desc", nulls: "first" } },
  filed: { filedAt: { sort: "asc", nulls: "last" } },
  title: { title: "asc" },
  "-title": { title: "desc" },
};

/** A docket entry as the viewer may see it, with the days it took against its deadlines. */
export function docketEntry(row: Row, seesWithheld: boolean, today: Date) {
  const { _count, translations, ...rest } = withheldFrom(row, seesWithheld);
  const daysToDecision = row.filedAt && row.decidedAt ? daysBetween(row.filedAt, row.decidedAt) : null;
  const daysToReport = row.decidedAt && row.reportedAt ? daysBetween(row.decidedAt, row.reportedAt) : null;
  return {
    ...rest,
    translations: readTranslations(translations),
    recommendationCount: _count.recommendations,
    daysToDecision,
    decidedInTime: row.decidedAt && row.decisionDueOn ? startOfDay(row.decidedAt) <= row.decisionDueOn : null,
    daysToReport,
    reportedInTime: row.reportedAt && row.reportDueOn ? startOfDay(row.reportedAt) <= row.reportDueOn : null,
    deadline: openDeadline(row, today),
  };
}

export type DocketEntry = ReturnType<typeof docketEntry>;

/** Which of `ids` the viewer sees the withheld parts of. */
export async function idsSeenWhole(viewer: Viewer, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db().submission.findMany({ where: { AND: [{ id: { in: ids } }, submissionWithheldWhere(viewer)] }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** The docket filters' conditions with the viewer's scope, for the list, its export and its figures. */
export async function docketWhere(viewer: Viewer, filter: TSubmissionFilter, today = new Date()): Promise<Prisma.SubmissionWhereInput> {
  return { AND: [submissionReadWhere(viewer), ...(await filterWhere(filter, today))] };
}

/**
 * The submissions `viewer` may read that match `filter`, latest filed first (the viewer's own
 * drafts before them), filtered and paged in SQL, with how many match in all. The cursor is the
 * offset of the next page.
 */
export async function listSubmissions(viewer: Viewer, filter: TSubmissionFilter, { limit, cursor }: TPageQuery, today = new Date()): Promise<Page<DocketEntry> & { total: number }> {
  const offset = offsetFromCursor(cursor);
  const where = await docketWhere(viewer, filter, today);
  const [rows, total] = await Promise.all([
    db().submission.findMany({ where, orderBy: [ORDER[filter.sort], { id: "desc" }], skip: offset, take: limit + 1, select: SUBMISSION_LIST_SELECT }),
    db().submission.count({ where }),
  ]);
  const page = rows.slice(0, limit);
  const whole = await idsSeenWhole(viewer, page.map((row) => row.id));
  return { data: page.map((row) => docketEntry(row, whole.has(row.id), today)), page: { limit, nextCursor: rows.length > limit ? String(offset + limit) : null }, total };
}
