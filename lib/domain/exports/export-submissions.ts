import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { docketEntry, docketWhere, idsSeenWhole, SUBMISSION_LIST_SELECT, type DocketEntry } from "@/lib/domain/submissions/list-submissions";
import type { SUBMISSION_SORTS, TSubmissionFilter } from "@/lib/domain/submissions/schemas";
import { isoDay } from "./batches";
import type { ColumnKey } from "./columns";
import type { Row } from "./table-stream";

export const SUBMISSION_EXPORT_KEYS = [
  "id",
  "title",
  "status",
  "agreement",
  "party_concerned",
  "contact_point",
  "organisation",
  "co_submitters",
  "topics",
  "filed_on",
  "decision_due_on",
  "decided_on",
  "days_to_decision",
  "decided_in_time",
  "report_due_on",
  "reported_on",
  "days_to_report",
  "reported_in_time",
  "recommendations",
] as const satisfies readonly ColumnKey<"submissions">[];

type SubmissionExportRow = Row<(typeof SUBMISSION_EXPORT_KEYS)[number]>;

/** Submissions fetched per query while streaming. */
const BATCH = 500;

/** The docket's order for each of its sorts, the id breaking ties so that pages never overlap. */
const ORDER: Record<(typeof SUBMISSION_SORTS)[number], Prisma.SubmissionOrderByWithRelationInput[]> = {
  "-filed": [{ filedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
  filed: [{ filedAt: { sort: "asc", nulls: "last" } }, { id: "desc" }],
  title: [{ title: "asc" }, { id: "desc" }],
  "-title": [{ title: "desc" }, { id: "desc" }],
};

const flag = (value: boolean | null) => (value === null ? null : String(value));

/** A row of the export from a docket entry, which comes already without what the viewer may not see. */
function toRow(entry: DocketEntry): SubmissionExportRow {
  return {
    id: entry.id,
    title: entry.title,
    status: entry.status,
    agreement: entry.agreement.shortName,
    party_concerned: entry.concerns.code,
    contact_point: entry.contactPoint.name,
    organisation: entry.organisation?.name ?? null,
    co_submitters: entry.coSubmitters.map((coSubmitter) => coSubmitter.organisation.name).join("; "),
    topics: entry.topics.join("; "),
    filed_on: isoDay(entry.filedAt),
    decision_due_on: isoDay(entry.decisionDueOn),
    decided_on: isoDay(entry.decidedAt),
    days_to_decision: entry.daysToDecision,
    // Codes, worded Yes/No by export-labels.ts.
    decided_in_time: flag(entry.decidedInTime),
    report_due_on: isoDay(entry.reportDueOn),
    reported_on: isoDay(entry.reportedAt),
    days_to_report: entry.daysToReport,
    reported_in_time: flag(entry.reportedInTime),
    recommendations: entry.recommendationCount,
  };
}

/**
 * One row per submission of the docket for `filter`, within what the viewer may read and in the
 * docket's order. Each is redacted as the docket redacts it: a name its submitter withheld is empty
 * and withheld co-submitters are left out, unless the viewer may see them.
 */
export async function* submissionExportRows(viewer: Viewer, filter: TSubmissionFilter, today = new Date()): AsyncGenerator<SubmissionExportRow> {
  const where = await docketWhere(viewer, filter, today);
  for (let offset = 0; ; offset += BATCH) {
    const rows = await db().submission.findMany({ where, orderBy: ORDER[filter.sort], skip: offset, take: BATCH, select: SUBMISSION_LIST_SELECT });
    const whole = await idsSeenWhole(viewer, rows.map((row) => row.id));
    for (const row of rows) yield toRow(docketEntry(row, whole.has(row.id), today));
    if (rows.length < BATCH) return;
  }
}
