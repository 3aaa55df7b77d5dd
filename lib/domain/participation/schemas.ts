import { z } from "zod";
import { Constituency, EventKind, ParticipantRole } from "@/lib/platform/db/generated/enums";
import { whenValid, ZDay, ZId, ZOptionalText, ZRequiredDay, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";

// Civil society's part in a program: requests to take part, events and who attended them, and
// comments.

// ───────────────────────────── Participation requests ─────────────────────────────

/** The roles a civil-society organisation may ask for; the others are given by the program's ministries. */
export const REQUESTABLE_ROLES = ["CONSULTED", "MONITOR"] as const;

export const ZParticipationRequest = z.object({
  role: z.enum(REQUESTABLE_ROLES, { error: "Choose how your organisation would take part: CONSULTED or MONITOR." }),
  message: ZOptionalText("Field.message", 2000),
});
export type TParticipationRequest = z.infer<typeof ZParticipationRequest>;

/** A decision on a pending request; declining needs a reason the requesting organisation will read. */
export const ZParticipationDecision = z
  .object({
    version: ZVersion,
    decision: z.enum(["ACCEPT", "DECLINE"], { error: "Choose to accept or decline the request." }),
    reason: ZOptionalText("Field.reason", 2000),
  })
  .superRefine((data, ctx) => {
    if (data.decision === "DECLINE" && !data.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give the reason for declining; the organisation will read it." });
    }
  }, whenValid("decision", "reason"));
export type TParticipationDecision = z.infer<typeof ZParticipationDecision>;

/** Which requests `GET /api/v1/participation-requests` lists. */
export const ZRequestScope = z.object({
  scope: z.enum(["made", "awaiting"], { error: "scope is made (your organisation's requests) or awaiting (those waiting for your answer)." }).default("made"),
});

// ───────────────────────────── Events ─────────────────────────────

const ZEventFields = z.object({
  kind: z.enum(EventKind, {
    error: "Choose the kind of event: WORKSHOP, TRAINING, CONSULTATION, STUDY_VISIT, CONFERENCE, PUBLICATION or DATA_EXCHANGE.",
  }),
  title: ZText("Field.title", 300),
  startDate: ZRequiredDay("Enter the date the event took place, as YYYY-MM-DD."),
  endDate: ZDay,
  place: ZOptionalText("Field.place", 300),
  summary: ZOptionalText("Field.summary", 5000),
});

function checkEventDates(data: { startDate: Date; endDate?: Date }, ctx: z.RefinementCtx) {
  if (data.endDate && data.endDate < data.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "The event cannot end before it starts." });
  }
}

const EVENT_DATES = whenValid("startDate", "endDate");
export const ZCreateEvent = ZEventFields.superRefine(checkEventDates, EVENT_DATES);
export type TCreateEvent = z.infer<typeof ZCreateEvent>;
export const ZUpdateEvent = ZEventFields.extend({ version: ZVersion }).superRefine(checkEventDates, EVENT_DATES);

// ───────────────────────────── Attendance ─────────────────────────────

/** People are counted, so a count is a whole number from 0; one row is one organisation and constituency. */
const ZHeadcount = (label: string) =>
  ZWholeNumber(
    `Enter the number of ${label} as a whole number, 0 or more.`,
    z.number().min(0, `The number of ${label} cannot be negative.`).max(1_000_000, `The number of ${label} must be at most 1,000,000.`),
  );

const ZAttendanceCounts = z.object({
  constituency: z.enum(Constituency, { error: "Choose the constituency: GOVERNMENT, WORKERS, EMPLOYERS, CIVIL_SOCIETY or OTHER." }),
  women: ZHeadcount("women"),
  men: ZHeadcount("men"),
});

function someone(data: { women: number; men: number }, ctx: z.RefinementCtx) {
  if (data.women + data.men === 0) ctx.addIssue({ code: "custom", path: ["women"], message: "Count at least one person who attended." });
}

/** Attendance of one organisation (or, with none, of unaffiliated people) in one constituency. */
export const ZCreateAttendance = ZAttendanceCounts.extend({
  organisationId: ZOptionalText("Field.organisation", 100),
}).superRefine(someone, whenValid("women", "men"));
export type TCreateAttendance = z.infer<typeof ZCreateAttendance>;

/** A correction of the counts; which organisation and constituency a row is for does not change. */
export const ZUpdateAttendance = z
  .object({ version: ZVersion, women: ZHeadcount("women"), men: ZHeadcount("men") })
  .superRefine(someone, whenValid("women", "men"));

// ───────────────────────────── Comments ─────────────────────────────

/** How long an author may still edit or delete a comment after writing it. */
export const COMMENT_EDIT_MINUTES = 30;

export const ZCommentBody = z.object({ body: ZText("Field.comment", 4000) });
export const ZUpdateComment = ZCommentBody.extend({ version: ZVersion });

/** An organisation added to a program, in one of the IATI roles. */
export const ZAddParticipant = z.object({
  organisationId: ZId("Choose an organisation."),
  role: z.enum(ParticipantRole, { error: "Choose a role: FUNDER, ACCOUNTABLE, IMPLEMENTER, PARTNER, CONSULTED, MONITOR or BENEFICIARY." }),
});
export type TAddParticipant = z.infer<typeof ZAddParticipant>;
