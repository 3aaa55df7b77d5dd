import type { SubmissionFigures } from "@/lib/domain/evidence/submission-figures";

/** The Evidence messages that write how public submissions fare. */
export type SubmissionMessage =
  | "submissionsNone"
  | "submissionsFiled"
  | "submissionsFollowed"
  | "submissionsFollowedNone"
  | "daysToDecision"
  | "daysToDecisionNone"
  | "daysToReport"
  | "daysToReportNone"
  | "decidedInTime"
  | "decidedInTimeNone";

export type SubmissionLine = { key: SubmissionMessage; values: Record<string, string | number>; href?: string };

/**
 * The lines the evidence page writes about public submissions, each with its message and values.
 * A figure with nothing to be computed from says so in words: no share, median or "0%" from no cases.
 */
export function submissionLines(figures: SubmissionFigures, percent: (part: number, whole: number) => string): SubmissionLine[] {
  const { filed, accepted, reported, followedByPlan, daysToDecision, daysToReport, decisions } = figures;
  if (filed === 0) return [{ key: "submissionsNone", values: {} }];
  return [
    { key: "submissionsFiled", values: { filed, accepted, reported }, href: "/submissions" },
    reported === 0
      ? { key: "submissionsFollowedNone", values: {} }
      : { key: "submissionsFollowed", values: { share: percent(followedByPlan, reported), followed: followedByPlan, reported } },
    daysToDecision.median === null
      ? { key: "daysToDecisionNone", values: {} }
      : { key: "daysToDecision", values: { days: daysToDecision.median, count: daysToDecision.count } },
    daysToReport.median === null
      ? { key: "daysToReportNone", values: {} }
      : { key: "daysToReport", values: { days: daysToReport.median, count: daysToReport.count } },
    decisions.due === 0
      ? { key: "decidedInTimeNone", values: {} }
      : { key: "decidedInTime", values: { share: percent(decisions.inTime, decisions.due), inTime: decisions.inTime, due: decisions.due } },
  ];
}
