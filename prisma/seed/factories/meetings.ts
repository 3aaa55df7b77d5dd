import type { Prisma } from "@/lib/platform/db/generated/client";
import { factories, row } from "./row";

type MeetingGiven = Partial<Prisma.MeetingCreateManyInput> & Pick<Prisma.MeetingCreateManyInput, "institutionId">;

/** A meeting row of the institution; without more, a private videoconference on 15 March 2026. */
export function meetingRow<Given extends MeetingGiven>(given: Given) {
  return row({ date: new Date("2026-03-15"), place: "Videoconference" }, given);
}

export const { one: createMeeting, many: createMeetings } = factories((db) => db.meeting, meetingRow<MeetingGiven>);

type DecisionGiven = Partial<Prisma.MeetingDecisionCreateManyInput> & Pick<Prisma.MeetingDecisionCreateManyInput, "meetingId">;

/** A decision row of the meeting; without more, its first. */
export function meetingDecisionRow<Given extends DecisionGiven>(given: Given) {
  return row({ position: 1, text: "Decision." }, given);
}

export const { one: createMeetingDecision, many: createMeetingDecisions } = factories((db) => db.meetingDecision, meetingDecisionRow<DecisionGiven>);
