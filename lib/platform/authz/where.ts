// The `where` clauses that narrow every query to what the viewer may see or change. The data-access
// layer adds them to its own filters with AND, so a record outside the scope is simply not found.
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { Actor, Viewer } from "./actor";

const NOTHING = { id: { in: [] as string[] } };

/** Plan statuses past review, which the public may see. */
export const PUBLIC_PLAN_STATUSES = ["APPROVED", "IN_PROGRESS", "COMPLETED", "CLOSED"] as const;

function countryOf(actor: Actor): string {
  // A GOVERNMENT user's organisation always has a country; "" matches nothing if it ever does not.
  return actor.countryCode ?? "";
}

/** Agreements a GOVERNMENT user acts for: those their country is party to. */
export function agreementActWhere(actor: Actor): Prisma.AgreementWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "GOVERNMENT") return { parties: { some: { countryCode: countryOf(actor) } } };
  return NOTHING;
}

/** Programs the viewer may read: published ones, plus drafts within their scope. */
export function programReadWhere(viewer: Viewer): Prisma.CooperationProgramWhereInput {
  if (!viewer) return { visibility: "PUBLISHED" };
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return {};
    case "GOVERNMENT":
      return { OR: [{ visibility: "PUBLISHED" }, programActWhere(viewer)] };
    case "CIVIL_SOCIETY":
      return { OR: [{ visibility: "PUBLISHED" }, { participants: { some: { organisationId: viewer.organisationId } } }] };
  }
}

/**
 * Programs the actor may change: for a GOVERNMENT user, the programs whose reporting organisation is
 * of their country. Taking part in a program, in any role, never grants a right to change it.
 */
export function programActWhere(actor: Actor): Prisma.CooperationProgramWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "GOVERNMENT") return NOTHING;
  return { reportingOrganisation: { countryCode: countryOf(actor) } };
}

/** Plans the viewer may read: those past review, plus their own country's or organisation's. */
export function planReadWhere(viewer: Viewer): Prisma.PlanWhereInput {
  const published: Prisma.PlanWhereInput = { status: { in: [...PUBLIC_PLAN_STATUSES] } };
  if (!viewer) return published;
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return {};
    case "GOVERNMENT":
      return { OR: [published, planActWhere(viewer)] };
    case "CIVIL_SOCIETY":
      return {
        OR: [
          published,
          { ownerOrganisationId: viewer.organisationId },
          { measures: { some: { responsibleOrganisationId: viewer.organisationId } } },
        ],
      };
  }
}

/** Plans a GOVERNMENT user drafts and submits: their own country's, under its agreements. */
export function planActWhere(actor: Actor): Prisma.PlanWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "GOVERNMENT") return NOTHING;
  return { countryCode: countryOf(actor), agreement: agreementActWhere(actor) };
}

/** Information exchanges: public ones, plus those a GOVERNMENT user's country sent or received. */
export function exchangeReadWhere(viewer: Viewer): Prisma.InformationExchangeWhereInput {
  if (!viewer) return { isPublic: true };
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return {};
    case "GOVERNMENT": {
      const country = countryOf(viewer);
      return {
        OR: [
          { isPublic: true },
          { fromCountryCode: country },
          { toCountryCode: country },
          { toCountryCode: null, agreement: agreementActWhere(viewer) },
        ],
      };
    }
    case "CIVIL_SOCIETY":
      return { isPublic: true };
  }
}

/** Meetings: public ones, plus every meeting of the agreements a GOVERNMENT user acts for. */
export function meetingReadWhere(viewer: Viewer): Prisma.MeetingWhereInput {
  if (!viewer) return { isPublic: true };
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return {};
    case "GOVERNMENT":
      return { OR: [{ isPublic: true }, { institution: { agreement: agreementActWhere(viewer) } }] };
    case "CIVIL_SOCIETY":
      return { isPublic: true };
  }
}

/** Public submissions: every filed one, plus the drafts of the viewer's own organisation (and all for ADMIN and ANALYST). */
export function submissionReadWhere(viewer: Viewer): Prisma.SubmissionWhereInput {
  const filed: Prisma.SubmissionWhereInput = { status: { not: "DRAFT" } };
  if (!viewer) return filed;
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return {};
    case "GOVERNMENT":
      return filed;
    case "CIVIL_SOCIETY":
      return { OR: [filed, { organisationId: viewer.organisationId }] };
  }
}

/**
 * Submissions whose withheld parts (a submitter's name kept from the public, documents marked
 * withheld) the viewer sees: their own organisation's, as submitter or co-submitter; for a
 * GOVERNMENT user, those filed with their country's contact point; all for ADMIN and ANALYST.
 */
export function submissionWithheldWhere(viewer: Viewer): Prisma.SubmissionWhereInput {
  if (!viewer) return NOTHING;
  if (viewer.role === "ADMIN" || viewer.role === "ANALYST") return {};
  const own: Prisma.SubmissionWhereInput[] = [{ organisationId: viewer.organisationId }, { coSubmitters: { some: { organisationId: viewer.organisationId } } }];
  return { OR: viewer.role === "GOVERNMENT" ? [...own, submissionHandleWhere(viewer)] : own };
}

/** Submissions an actor handles as the contact point's ministry: those filed with their country's contact point (all for ADMIN). */
export function submissionHandleWhere(actor: Actor): Prisma.SubmissionWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "GOVERNMENT") return NOTHING;
  return { contactPoint: { countryCode: countryOf(actor) } };
}
