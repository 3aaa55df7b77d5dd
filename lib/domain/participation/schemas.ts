import { z } from "zod";
import { Constituency, EventKind, ParticipantRole } from "@/lib/platform/db/generated/enums";
import { whenValid, ZDay, ZId, ZOptionalText, ZRequiredDay, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

// Civil society's part in a program: requests to take part, events and who attended them, and
// comments.

// ───────────────────────────── Participation requests ─────────────────────────────

/** The roles a civil-society organisation may ask for; the others are given by the program's ministries. */
export const REQUESTABLE_ROLES = ["CONSULTED", "MONITOR"] as const;

export const ZParticipationRequest = z.object({
  role: z.enum(REQUESTABLE_ROLES, { error: problem("ParticipationProblems.requestRole") }),
  message: ZOptionalText("Field.message", 2000),
});
export type TParticipationRequest = z.infer<typeof ZParticipationRequest>;

/** A decision on a pending request; declining needs a reason the requesting organisation will read. */
export const ZParticipationDecision = z
  .object({
    version: ZVersion,
    decision: z.enum(["ACCEPT", "DECLINE"], { error: problem("ParticipationProblems.decision") }),
    reason: ZOptionalText("Field.reason", 2000),
  })
  .superRefine((data, ctx) => {
    if (data.decision === "DECLINE" && !data.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: problem("ParticipationProblems.declineReason") });
    }
  }, whenValid("decision", "reason"));
export type TParticipationDecision = z.infer<typeof ZParticipationDecision>;

/** Which requests `GET /api/v1/participation-requests` lists. */
export const ZRequestScope = z.object({
  scope: z.enum(["made", "awaiting"], { error: problem("ParticipationProblems.scope") }).default("made"),
});

// ───────────────────────────── Events ─────────────────────────────

const ZEventFields = z.object({
  kind: z.enum(EventKind, {
    error: problem("ParticipationProblems.eventKind"),
  }),
  title: ZText("Field.title", 300),
  startDate: ZRequiredDay(problem("ParticipationProblems.eventDate")),
  endDate: ZDay,
  place: ZOptionalText("Field.place", 300),
  summary: ZOptionalText("Field.summary", 5000),
});

function checkEventDates(data: { startDate: Date; endDate?: Date }, ctx: z.RefinementCtx) {
  if (data.endDate && data.endDate < data.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: problem("ParticipationProblems.eventEndsBeforeStart") });
  }
}

const EVENT_DATES = whenValid("startDate", "endDate");
export const ZCreateEvent = ZEventFields.superRefine(checkEventDates, EVENT_DATES);
export type TCreateEvent = z.infer<typeof ZCreateEvent>;
export const ZUpdateEvent = ZEventFields.extend({ version: ZVersion }).superRefine(checkEventDates, EVENT_DATES);

// ───────────────────────────── Attendance ─────────────────────────────

/** People are counted, so a count is a whole number from 0; one row is one organisation and constituency. */
const ZHeadcount = (people: "women" | "men") =>
  ZWholeNumber(
    problem("ParticipationProblems.headcount", { people }),
    z.number().min(0, problem("ParticipationProblems.headcountNegative", { people })).max(1_000_000, problem("ParticipationProblems.headcountMax", { people })),
  );

const ZAttendanceCounts = z.object({
  constituency: z.enum(Constituency, { error: problem("ParticipationProblems.constituency") }),
  women: ZHeadcount("women"),
  men: ZHeadcount("men"),
});

function someone(data: { women: number; men: number }, ctx: z.RefinementCtx) {
  if (data.women + data.men === 0) ctx.addIssue({ code: "custom", path: ["women"], message: problem("ParticipationProblems.someone") });
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
  organisationId: ZId(problem("ParticipationProblems.organisation")),
  role: z.enum(ParticipantRole, { error: problem("ParticipationProblems.role") }),
});
export type TAddParticipant = z.infer<typeof ZAddParticipant>;
