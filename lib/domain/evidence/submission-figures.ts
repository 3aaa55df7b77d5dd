import "server-only";
import { planReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import type { SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { AWAITING_DECISION, AWAITING_REPORT, FOLLOW_UP_STATUSES } from "@/lib/domain/submissions/submission-workflow";

/** Statuses of a submission the contact point accepted for review: under review, or reported on since. */
export const ACCEPTED_STATUSES: readonly SubmissionStatus[] = [...AWAITING_REPORT, ...FOLLOW_UP_STATUSES];

/** Narrows the figures to an agreement and to the party a submission concerns (the dashboard's filters). */
export type SubmissionScope = { agreement?: string; country?: string };

/** A median number of whole days over `count` submissions (x.5 between two of them); null when there are none. */
export type MedianDays = { median: number | null; count: number };

export type SubmissionFigures = {
  filed: number;
  accepted: number;
  reported: number;
  /** Reported submissions with at least one recommendation followed by a plan the viewer may read. */
  followedByPlan: number;
  daysToDecision: MedianDays;
  daysToReport: MedianDays;
  /** Decisions due by today (made, or still not made after their deadline) and those made on or before it. */
  decisions: { due: number; inTime: number };
  overdue: { decisions: number; reports: number };
};

const statusIn = (statuses: readonly SubmissionStatus[]) => Prisma.sql`s."status"::text IN (${Prisma.join([...statuses])})`;

/**
 * How the public submissions fare: how many are filed, accepted, reported on and followed by a
 * plan; the median days from filing to decision and from acceptance to report; the decisions made
 * by their deadline; and the decisions and reports overdue on `today` (YYYY-MM-DD, UTC). Drafts
 * never count, whoever reads; every other status is public, so these are counts with no names.
 */
export async function getSubmissionFigures(viewer: Viewer, today: string, scope: SubmissionScope = {}): Promise<SubmissionFigures> {
  const where = Prisma.join(
    [
      Prisma.sql`s."status" <> 'DRAFT'`,
      ...(scope.agreement ? [Prisma.sql`s."agreementId" = ${scope.agreement}`] : []),
      ...(scope.country ? [Prisma.sql`s."concernsCountryCode" = ${scope.country}`] : []),
    ],
    " AND ",
  );
  const decided = Prisma.sql`s."filedAt" IS NOT NULL AND s."decidedAt" IS NOT NULL`;
  const reportedAfterAcceptance = Prisma.sql`${statusIn(ACCEPTED_STATUSES)} AND s."decidedAt" IS NOT NULL AND s."reportedAt" IS NOT NULL`;
  const decisionOverdue = Prisma.sql`${statusIn(AWAITING_DECISION)} AND s."decisionDueOn" < ${today}::date`;
  const [rows, followedByPlan] = await Promise.all([
    // Days are whole calendar days (UTC), as the docket counts them; a deadline is met on its day.
    db().$queryRaw<
      {
        filed: number;
        accepted: number;
        reported: number;
        decided: number;
        medianToDecision: number | null;
        reportedAfterAcceptance: number;
        medianToReport: number | null;
        decisionsDue: number;
        decidedInTime: number;
        overdueDecisions: number;
        overdueReports: number;
      }[]
    >`
      SELECT COUNT(*)::int AS filed,
             COUNT(*) FILTER (WHERE ${statusIn(ACCEPTED_STATUSES)})::int AS accepted,
             COUNT(*) FILTER (WHERE ${statusIn(FOLLOW_UP_STATUSES)})::int AS reported,
             COUNT(*) FILTER (WHERE ${decided})::int AS decided,
             round((percentile_cont(0.5) WITHIN GROUP (ORDER BY s."decidedAt"::date - s."filedAt"::date) FILTER (WHERE ${decided}))::numeric, 1)::float8 AS "medianToDecision",
             COUNT(*) FILTER (WHERE ${reportedAfterAcceptance})::int AS "reportedAfterAcceptance",
             round((percentile_cont(0.5) WITHIN GROUP (ORDER BY s."reportedAt"::date - s."decidedAt"::date) FILTER (WHERE ${reportedAfterAcceptance}))::numeric, 1)::float8 AS "medianToReport",
             COUNT(*) FILTER (WHERE s."decisionDueOn" IS NOT NULL AND (s."decidedAt" IS NOT NULL OR (${decisionOverdue})))::int AS "decisionsDue",
             COUNT(*) FILTER (WHERE s."decidedAt" IS NOT NULL AND s."decidedAt"::date <= s."decisionDueOn")::int AS "decidedInTime",
             COUNT(*) FILTER (WHERE ${decisionOverdue})::int AS "overdueDecisions",
             COUNT(*) FILTER (WHERE ${statusIn(AWAITING_REPORT)} AND s."reportDueOn" < ${today}::date)::int AS "overdueReports"
      FROM "Submission" s
      WHERE ${where}`,
    db().submission.count({
      where: {
        status: { in: [...FOLLOW_UP_STATUSES] },
        ...(scope.agreement && { agreementId: scope.agreement }),
        ...(scope.country && { concernsCountryCode: scope.country }),
        recommendations: { some: { followUps: { some: { plan: { is: planReadWhere(viewer) } } } } },
      },
    }),
  ]);
  const row = rows[0];
  return {
    filed: row?.filed ?? 0,
    accepted: row?.accepted ?? 0,
    reported: row?.reported ?? 0,
    followedByPlan,
    daysToDecision: { median: row?.medianToDecision ?? null, count: row?.decided ?? 0 },
    daysToReport: { median: row?.medianToReport ?? null, count: row?.reportedAfterAcceptance ?? 0 },
    decisions: { due: row?.decisionsDue ?? 0, inTime: row?.decidedInTime ?? 0 },
    overdue: { decisions: row?.overdueDecisions ?? 0, reports: row?.overdueReports ?? 0 },
  };
}
