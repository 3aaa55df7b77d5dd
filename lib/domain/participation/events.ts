import "server-only";
import type { TPageQuery } from "@/lib/platform/api/pagination";
import { offsetFromCursor } from "@/lib/platform/api/pagination";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { programActWhere, programReadWhere, type Viewer } from "@/lib/platform/authz";
import { loadProgramForChange, loadProgramForRead, mayChangeProgram } from "@/lib/platform/authz/load-program";
import { db, type DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { ZCreateEvent, ZUpdateEvent, type TCreateEvent } from "@/lib/domain/participation/schemas";
import { ZVersion } from "@/lib/domain/users/schemas";

const EVENT_SELECT = {
  id: true,
  programId: true,
  kind: true,
  title: true,
  startDate: true,
  endDate: true,
  place: true,
  summary: true,
  version: true,
} as const;

export const ATTENDANCE_SELECT = {
  id: true,
  eventId: true,
  constituency: true,
  women: true,
  men: true,
  version: true,
  organisation: { select: { id: true, name: true, acronym: true, kind: true } },
} as const;


const eventColumns = (data: TCreateEvent) => ({
  kind: data.kind,
  title: data.title,
  startDate: data.startDate,
  endDate: data.endDate ?? null,
  place: data.place ?? null,
  summary: data.summary ?? "",
});

/**
 * A program's events, latest first, each with the organisations, women and men who attended,
 * summed in SQL. Paged by offset (`cursor` is the offset the previous page gave out).
 */
export async function listEvents(viewer: Viewer, programId: string, { limit, cursor }: TPageQuery) {
  await loadProgramForRead(db(), viewer, programId);
  const offset = offsetFromCursor(cursor);
  const [events, total] = await Promise.all([
    db().event.findMany({ where: { programId }, orderBy: [{ startDate: "desc" }, { id: "asc" }], skip: offset, take: limit, select: EVENT_SELECT }),
    db().event.count({ where: { programId } }),
  ]);
  const sums = events.length
    ? await db().attendance.groupBy({
        by: ["eventId"],
        where: { eventId: { in: events.map((event) => event.id) } },
        _sum: { women: true, men: true },
        _count: { organisationId: true },
      })
    : [];
  const byEvent = new Map(sums.map((row) => [row.eventId, row]));
  return {
    data: events.map((event) => ({
      ...event,
      organisations: byEvent.get(event.id)?._count.organisationId ?? 0,
      women: byEvent.get(event.id)?._sum.women ?? 0,
      men: byEvent.get(event.id)?._sum.men ?? 0,
    })),
    page: { limit, nextCursor: offset + events.length < total ? String(offset + events.length) : null },
    total,
  };
}

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
  if (!event) throw new AppError("NOT_FOUND", "No event with this id is visible to you.");
  const mayManage = mayChangeProgram(viewer, event.program, "event.manage");
  const { participants, reportingOrganisation: _reporter, ...program } = event.program;
  const organisations = participants.map((participant) => participant.organisation);
  const mayRecordOwn = viewer?.role === "CIVIL_SOCIETY" && organisations.some((organisation) => organisation.id === viewer.organisationId);
  return { ...event, program, organisations, mayManage, mayRecordOwn };
}

export async function createEvent(ctx: ActionContext, programId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    await loadProgramForChange(tx, ctx.actor, programId, "event.manage");
    const data = ZCreateEvent.parse(input);
    const created = await tx.event.create({ data: { programId, ...eventColumns(data) }, select: EVENT_SELECT });
    await auditOnProgram(tx, ctx, programId, "event.create", { after: { event: created } });
    return created;
  });
}

/** The event and the actor who may manage it: not found outside what they may read, refused outside their country's programs. */
async function loadManagedEvent(tx: DbTx, viewer: ActionContext["actor"], eventId: string) {
  const event = await tx.event.findFirst({ where: { id: eventId, program: programReadWhere(viewer) }, select: EVENT_SELECT });
  if (!event) throw new AppError("NOT_FOUND", "No event with this id is visible to you.");
  const { actor } = await loadProgramForChange(tx, viewer, event.programId, "event.manage");
  return { actor, event };
}

export async function updateEvent(ctx: ActionContext, eventId: string, input: unknown) {
  return db().$transaction(async (tx) => {
    const { actor, event: before } = await loadManagedEvent(tx, ctx.actor, eventId);
    const { version, ...data } = ZUpdateEvent.parse(input);
    const { count } = await tx.event.updateMany({ where: { id: eventId, version, program: programActWhere(actor) }, data: { ...eventColumns(data), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("event", version, before.version);
    const after = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: EVENT_SELECT });
    await auditOnProgram(tx, ctx, before.programId, "event.update", { before: { event: before }, after: { event: after } });
    return after;
  });
}

/** Deletes an event and the attendance recorded for it; the audit keeps both. */
export async function deleteEvent(ctx: ActionContext, eventId: string, version: unknown) {
  await db().$transaction(async (tx) => {
    const { actor, event: before } = await loadManagedEvent(tx, ctx.actor, eventId);
    const seen = ZVersion.parse(version);
    const attendance = await tx.attendance.findMany({ where: { eventId }, select: ATTENDANCE_SELECT });
    const { count } = await tx.event.deleteMany({ where: { id: eventId, version: seen, program: programActWhere(actor) } });
    if (count === 0) throw staleRecord("event", seen, before.version);
    await auditOnProgram(tx, ctx, before.programId, "event.delete", { before: { event: before, attendance } });
  });
}
