// An action or remediation plan attached to a program, drafted by the ministry of its first
// beneficiary country, with two to five measures, the analysts' reviews its status implies and
// the verification of measures that fell due.
import { PlanStatus, type MeasureStatus, type PlanOrigin, type ReviewDecision } from "@/lib/platform/db/generated/enums";
import { measureRow, planRow, reviewRow } from "@/prisma/seed/factories";
import type { ProgramContext } from "./program";
import { DAY_MS, isoDay, isoInstant } from "./random";
import { AS_OF } from "./world";
import { MEASURE_TITLES } from "./words";

const STATUSES = Object.values(PlanStatus);
const STATUS_WEIGHTS = [["DRAFT", 15], ["SUBMITTED", 10], ["UNDER_REVIEW", 10], ["CHANGES_REQUESTED", 8], ["APPROVED", 12], ["IN_PROGRESS", 25], ["COMPLETED", 12], ["CLOSED", 8]] as const;
const ORIGINS = [["REVIEW_FINDING", 35], ["COUNCIL_DECISION", 30], ["PUBLIC_SUBMISSION", 25], ["OTHER", 10]] as const satisfies readonly (readonly [PlanOrigin, number])[];
const ORIGIN_DETAIL: Record<PlanOrigin, string> = {
  REVIEW_FINDING: "Finding of the annual review of the labour chapter",
  COUNCIL_DECISION: "Decision of the Labour Council at its last meeting",
  PUBLIC_SUBMISSION: "Public submission by workers' organisations",
  OTHER: "Request of the contact point",
};

/** Adds a plan to the program; `statusIndex` picks its status, otherwise it is drawn. */
export function addPlan(p: ProgramContext, statusIndex: number | null): void {
  const r = p.random;
  const status = statusIndex === null ? r.weighted(STATUS_WEIGHTS) : STATUSES[statusIndex % STATUSES.length]!;
  const kind = r.chance(0.7) ? ("ACTION" as const) : ("REMEDIATION" as const);
  const id = `plan-${p.key}`;
  const plan = { type: "Plan", id };
  const countryCode = p.countries[0]!;
  const owner = p.local[0]!;
  const author = p.world.users.byOrganisation.get(owner.id) ?? null;
  const origin = r.weighted(ORIGINS);
  const createdDay = r.int(Math.min(Math.floor(p.createdMs / DAY_MS), AS_OF - 120), AS_OF - 90);
  const createdMs = p.enteredOn(createdDay);
  const submitted = status !== "DRAFT";
  const submittedMs = submitted ? p.enteredOn(createdDay + r.int(7, 45), createdMs) : null;
  let updatedMs = submittedMs ?? createdMs;
  const title = `${kind === "ACTION" ? "Action plan on" : "Remediation plan:"} ${p.phrase} in ${p.sector} (${p.world.countryName(countryCode)})`;
  p.audit(plan, "plan.create", createdMs, { after: { id, kind, title, status: "DRAFT", agreementId: p.agreement.id, countryCode, programId: p.id } });
  if (submittedMs !== null) p.audit(plan, "plan.submit", submittedMs, { before: { status: "DRAFT" }, after: { status: "SUBMITTED" } });

  // The reviews that took it to its status: changes asked for, then approval.
  const decisions: ReviewDecision[] =
    status === "UNDER_REVIEW" ? ["COMMENT"] : status === "CHANGES_REQUESTED" ? ["REQUEST_CHANGES"] : ["APPROVED", "IN_PROGRESS", "COMPLETED", "CLOSED"].includes(status) ? [...(r.chance(0.3) ? (["REQUEST_CHANGES"] as const) : []), "APPROVE"] : [];
  const reviews = decisions.map((decision, at) => {
    const ms = p.enteredOn(createdDay + 50 + at * 20 + r.int(0, 15), updatedMs);
    updatedMs = Math.max(updatedMs, ms);
    const analystId = r.pick(p.world.users.analysts);
    const comment = decision === "APPROVE" ? "The measures answer the finding; approved." : decision === "REQUEST_CHANGES" ? "Add due dates and a responsible body for each measure." : "Under review with the contact points.";
    p.rows.reviews.push(reviewRow({ id: `rev-${p.key}-${at + 1}`, planId: id, analystId, decision, comment, createdAt: isoInstant(ms) }));
    p.audit(plan, "plan.review", ms, { after: { decision, comment } });
    return ms;
  });
  const approvedMs = reviews.at(-1) ?? updatedMs;

  const count = r.int(2, 5);
  for (let m = 1; m <= count; m += 1) {
    const measureId = `msr-${p.key}-${m}`;
    const dueDay = ["COMPLETED", "CLOSED"].includes(status) ? r.int(createdDay + 30, AS_OF - 1) : createdDay + r.int(90, 720);
    const assessed = (["IN_PROGRESS", "COMPLETED", "CLOSED"] as string[]).includes(status) && dueDay < AS_OF;
    const measureStatus: MeasureStatus = assessed ? r.weighted([["MET", 60], ["PARTIALLY_MET", 25], ["NOT_MET", 15]]) : "SCHEDULED";
    const verifiedMs = assessed && r.chance(0.7) ? p.enteredOn(Math.min(AS_OF, dueDay + r.int(0, 30)), approvedMs) : null;
    if (verifiedMs !== null) updatedMs = Math.max(updatedMs, verifiedMs);
    const measureTitle = r.pick(MEASURE_TITLES)(p.phrase);
    p.rows.measures.push(measureRow({
      id: measureId, planId: id, title: measureTitle, description: `${measureTitle}, by ${isoDay(dueDay)}.`, responsibleOrganisationId: r.pick(p.local.slice(0, 6)).id,
      dueDate: isoDay(dueDay), status: measureStatus, verifiedById: verifiedMs === null ? null : r.pick(p.world.users.analysts), verifiedAt: verifiedMs === null ? null : isoInstant(verifiedMs),
      createdAt: isoInstant(createdMs + m * 60_000), updatedAt: isoInstant(verifiedMs ?? createdMs + m * 60_000),
    }));
    p.audit(plan, "measure.create", createdMs + m * 60_000, { after: { measure: { id: measureId, title: measureTitle, dueDate: isoDay(dueDay) } } });
    if (verifiedMs !== null) p.audit(plan, "measure.verify", verifiedMs, { after: { measure: { id: measureId, status: measureStatus } } });
  }

  p.rows.plans.push(planRow({
    id, kind, title, agreementId: p.agreement.id, countryCode, programId: p.id, origin, originDetail: ORIGIN_DETAIL[origin], ownerOrganisationId: owner.id,
    objectives: `Remedy ${p.phrase} in ${p.sector} within two years, with measures the ${p.agreement.shortName} contact points follow up.`,
    status, submittedAt: submittedMs === null ? null : isoInstant(submittedMs), createdById: author, createdAt: isoInstant(createdMs), updatedAt: isoInstant(updatedMs),
  }));
}
