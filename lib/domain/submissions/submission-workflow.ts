import type { SubmissionStatus } from "@/lib/platform/db/generated/enums";

// The life of a public submission. Its organisation drafts and files it; the contact point's
// ministry acknowledges it, then accepts it for review or declines it with reasons, reviews it
// (consultations and hearings), reports with findings and recommendations, and closes it once
// what follows is under way. Plain data: the pages and the service read the same table.

/** Who makes a move: the submitting organisation, or the ministry of the contact point it is filed with. */
export type SubmissionSide = "submitter" | "contactPoint";

type Move = { from: SubmissionStatus; to: SubmissionStatus; by: SubmissionSide };

export const SUBMISSION_MOVES: readonly Move[] = [
  { from: "DRAFT", to: "FILED", by: "submitter" },
  { from: "FILED", to: "ACKNOWLEDGED", by: "contactPoint" },
  { from: "ACKNOWLEDGED", to: "ACCEPTED", by: "contactPoint" },
  { from: "ACKNOWLEDGED", to: "DECLINED", by: "contactPoint" },
  { from: "ACCEPTED", to: "UNDER_REVIEW", by: "contactPoint" },
  { from: "UNDER_REVIEW", to: "REPORTED", by: "contactPoint" },
  { from: "REPORTED", to: "CLOSED", by: "contactPoint" },
];

/** The move from `from` to `to`, if the workflow has one. */
export function submissionMove(from: SubmissionStatus, to: SubmissionStatus): Move | undefined {
  return SUBMISSION_MOVES.find((move) => move.from === from && move.to === to);
}

/** The moves `side` can make from `status`, for the page's buttons. */
export function submissionMovesFor(side: SubmissionSide, status: SubmissionStatus): SubmissionStatus[] {
  return SUBMISSION_MOVES.filter((move) => move.from === status && move.by === side).map((move) => move.to);
}

/** Statuses waiting for the contact point's decision (accept or decline). */
export const AWAITING_DECISION: readonly SubmissionStatus[] = ["FILED", "ACKNOWLEDGED"];

/** Statuses waiting for the contact point's report. */
export const AWAITING_REPORT: readonly SubmissionStatus[] = ["ACCEPTED", "UNDER_REVIEW"];

/** Statuses in which consultations and hearings are recorded. */
export const HEARING_STATUSES: readonly SubmissionStatus[] = ["ACCEPTED", "UNDER_REVIEW"];

/** Statuses in which the submitters may still add evidence. */
export const EVIDENCE_STATUSES: readonly SubmissionStatus[] = ["DRAFT", "FILED", "ACKNOWLEDGED", "ACCEPTED", "UNDER_REVIEW"];

/** Statuses in which a recommendation can be given a plan or a program that follows it. */
export const FOLLOW_UP_STATUSES: readonly SubmissionStatus[] = ["REPORTED", "CLOSED"];

const DAY_MS = 86_400_000;

/** The calendar day (UTC) `days` after the day of `from`. */
export function dayAfter(from: Date, days: number): Date {
  const day = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  return new Date(day + days * DAY_MS);
}

/** Whole calendar days from the day of `from` to the day of `to` (UTC). */
export function daysBetween(from: Date, to: Date): number {
  const day = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((day(to) - day(from)) / DAY_MS);
}

type Deadlines = { status: SubmissionStatus; decisionDueOn: Date | null; reportDueOn: Date | null };

/**
 * The deadline the submission is waiting on, if any, and whether it has passed on `today`: a
 * decision (filed or acknowledged) or a report (accepted or under review). A deadline is met on its
 * day; it is missed from the day after.
 */
export function openDeadline(submission: Deadlines, today: Date = new Date()): { kind: "decision" | "report"; dueOn: Date; overdue: boolean; daysLeft: number } | null {
  const kind = AWAITING_DECISION.includes(submission.status) ? "decision" : AWAITING_REPORT.includes(submission.status) ? "report" : null;
  const dueOn = kind === "decision" ? submission.decisionDueOn : kind === "report" ? submission.reportDueOn : null;
  if (!kind || !dueOn) return null;
  const daysLeft = daysBetween(today, dueOn);
  return { kind, dueOn, overdue: daysLeft < 0, daysLeft };
}
