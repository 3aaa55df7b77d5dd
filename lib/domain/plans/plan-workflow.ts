import type { PlanStatus, Role } from "@/lib/platform/db/generated/enums";
import { named, problem } from "@/lib/platform/i18n/problem";

// The life of a plan: a ministry drafts and submits it; an analyst takes it up, then approves it or
// asks for changes; the ministry resubmits until it is approved, carries it out and reports it
// complete; an analyst closes it. ADMIN may make every move.

type Move = { from: PlanStatus; to: PlanStatus; roles: readonly Role[]; how: "transition" | "review" };

const MINISTRY = ["GOVERNMENT", "ADMIN"] as const;
const REVIEWER = ["ANALYST", "ADMIN"] as const;

export const PLAN_MOVES: readonly Move[] = [
  { from: "DRAFT", to: "SUBMITTED", roles: MINISTRY, how: "transition" },
  { from: "CHANGES_REQUESTED", to: "SUBMITTED", roles: MINISTRY, how: "transition" },
  { from: "SUBMITTED", to: "UNDER_REVIEW", roles: REVIEWER, how: "transition" },
  { from: "UNDER_REVIEW", to: "APPROVED", roles: REVIEWER, how: "review" },
  { from: "UNDER_REVIEW", to: "CHANGES_REQUESTED", roles: REVIEWER, how: "review" },
  { from: "APPROVED", to: "IN_PROGRESS", roles: MINISTRY, how: "transition" },
  { from: "IN_PROGRESS", to: "COMPLETED", roles: MINISTRY, how: "transition" },
  { from: "COMPLETED", to: "CLOSED", roles: REVIEWER, how: "transition" },
];

/** Statuses in which the plan's content and measures may still be changed by its ministry. */
export const EDITABLE_PLAN_STATUSES: readonly PlanStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

/** Statuses waiting for an analyst. */
export const AWAITING_REVIEW_STATUSES: readonly PlanStatus[] = ["SUBMITTED", "UNDER_REVIEW"];

/** Statuses in which an analyst may add a review that only comments. */
export const COMMENTABLE_STATUSES: readonly PlanStatus[] = ["SUBMITTED", "UNDER_REVIEW", "APPROVED", "IN_PROGRESS", "COMPLETED"];

const say = (status: PlanStatus) => named(`PlanStatusSay.${status}`);

/**
 * Why `role` may not move a plan from `from` to `to` the way it asks (`how`), in words for the
 * person asking; null when the move is allowed. Scope (whose plan it is) is checked elsewhere.
 */
export function refusedMove(role: Role, from: PlanStatus, to: PlanStatus, how: Move["how"]): string | null {
  const move = PLAN_MOVES.find((candidate) => candidate.from === from && candidate.to === to);
  if (!move) {
    const [a, b] = PLAN_MOVES.filter((candidate) => candidate.from === from).map((candidate) => say(candidate.to));
    return problem("PlanProblems.refusedMove", { from: say(from), to: say(to), next: b ? "two" : a ? "one" : "none", a: a ?? "", b: b ?? "" });
  }
  if (!move.roles.includes(role)) {
    return move.roles.includes("ANALYST") ? problem("PlanProblems.analystMove") : problem("PlanProblems.ownMinistryMove");
  }
  if (move.how !== how) {
    return how === "transition" ? problem("PlanProblems.useReview") : problem("PlanProblems.useTransition");
  }
  return null;
}

/** The moves `role` can make from `status` with a plain transition, for the plan page's buttons. */
export function transitionsFor(role: Role, status: PlanStatus): PlanStatus[] {
  return PLAN_MOVES.filter((move) => move.from === status && move.how === "transition" && move.roles.includes(role)).map((move) => move.to);
}
