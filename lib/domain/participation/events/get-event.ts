import "server-only";
import { programReadWhere, type Viewer } from "@/lib/platform/authz";
import { mayChangeProgram } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { ATTENDANCE_SELECT } from "../attendance/attendance-rules";
import { EVENT_SELECT } from "./event-rules";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * One event with its attendance, and what the viewer may do with it: a ministry of the program
 * manages the event and every attendance row; a civil-society user records and corrects their own
 * organisation's attendance when it takes part in the program.
 */
export async function getEvent(viewer: Viewer, eventId: string) {
  const event = await db().event.findFirst({
    where: { id: eventId, program: programReadWhere(viewer) },
    select: {
      ...EVENT_SELECT,
      program: {
        select: {
          id: true,
          title: true,
          language: true,
          translations: true,
          agreementId: true,
          visibility: true,
          reportingOrganisation: { select: { countryCode: true } },
          // The organisations of the event: attendance is recorded for these.
          participants: { distinct: ["organisationId"], orderBy: { organisation: { name: "asc" } }, select: { organisation: { select: { id: true, name: true, kind: true } } } },
        },
      },
      attendance: { orderBy: [{ constituency: "asc" }, { organisation: { name: "asc" } }, { id: "asc" }], select: ATTENDANCE_SELECT },
    },
  });
  if (!event) throw new AppError("NOT_FOUND", problem("ChoiceProblems.noEvent"));
  const mayManage = mayChangeProgram(viewer, event.program, "event.manage");
  const { participants, reportingOrganisation: _reporter, ...program } = event.program;
  const organisations = participants.map((participant) => participant.organisation);
  const mayRecordOwn = viewer?.role === "CIVIL_SOCIETY" && organisations.some((organisation) => organisation.id === viewer.organisationId);
  return { ...event, program, organisations, mayManage, mayRecordOwn };
}

/** An event as its page shows it. */
export type EventView = Awaited<ReturnType<typeof getEvent>>;
