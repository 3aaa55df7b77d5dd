import "server-only";
import type { TPageQuery } from "@/lib/api/pagination";
import { offsetFromCursor } from "@/lib/api/pagination";
import type { ActionContext } from "@/lib/audit/action-context";
import { auditOnProgram } from "@/lib/audit/record-audit-event";
import { can, programActWhere, programReadWhere, type Actor, type Viewer } from "@/lib/authz";
import { db, type DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { staleRecord } from "@/lib/errors/stale-record";
import { loadEditable } from "@/lib/programs/update-program";
import { ZCreateEvent, ZUpdateEvent, type TCreateEvent } from "@/lib/validation/participation";
import { ZVersion } from "@/lib/validation/users";

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


function eventManager(ctx: ActionContext): Actor {
  if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "Sign in to manage a program's events.");
  if (!can(ctx.actor, "event.manage")) throw new AppError("FORBIDDEN", "Only administrators and ministry staff manage a program's events.");
  return ctx.actor;
}

async function assertReadable(viewer: Viewer, programId: string) {
  if (!(await db().cooperationProgram.count({ where: { AND: [{ id: programId }, programReadWhere(viewer)] } }))) {
    throw new AppError("NOT_FOUND", "No program with this id is visible to you.");
  }
}

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
  await assertReadable(viewer, programId);
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
          // The organisations of the event: attendance is recorded for these.
          participants: { distinct: ["organisationId"], orderBy: { organisation: { name: "asc" } }, select: { organisation: { select: { id: true, name: true, kind: true } } } },
        },
      },
      attendance: { orderBy: [{ constituency: "asc" }, { organisation: { name: "asc" } }, { id: "asc" }], select: ATTENDANCE_SELECT },
    },
  });
  if (!event) throw new AppError("NOT_FOUND", "No event with this id is visible to you.");
  const mayManage = can(viewer, "event.manage") && (await db().cooperationProgram.count({ where: { AND: [{ id: event.programId }, programActWhere(viewer)] } })) > 0;
  const { participants, ...program } = event.program;
  const organisations = participants.map((participant) => participant.organisation);
  const mayRecordOwn = viewer?.role === "CIVIL_SOCIETY" && organisations.some((organisation) => organisation.id === viewer.organisationId);
  return { ...event, program, organisations, mayManage, mayRecordOwn };
}

export async function createEvent(ctx: ActionContext, programId: string, input: unknown) {
  const actor = eventManager(ctx);
  return db().$transaction(async (tx) => {
    await loadEditable(tx, actor, programId);
    const data = ZCreateEvent.parse(input);
    const created = await tx.event.create({ data: { programId, ...eventColumns(data) }, select: EVENT_SELECT });
    await auditOnProgram(tx, ctx, programId, "event.create", { after: { event: created } });
    return created;
  });
}

async function loadManagedEvent(tx: DbTx, actor: Actor, eventId: string) {
  const event = await tx.event.findFirst({ where: { id: eventId, program: programReadWhere(actor) }, select: EVENT_SELECT });
  if (!event) throw new AppError("NOT_FOUND", "No event with this id is visible to you.");
  await loadEditable(tx, actor, event.programId);
  return event;
}

export async function updateEvent(ctx: ActionContext, eventId: string, input: unknown) {
  const actor = eventManager(ctx);
  return db().$transaction(async (tx) => {
    const before = await loadManagedEvent(tx, actor, eventId);
    const { version, ...data } = ZUpdateEvent.parse(input);
    const { count } = await tx.event.updateMany({ where: { id: eventId, version }, data: { ...eventColumns(data), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("event", version, before.version);
    const after = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: EVENT_SELECT });
    await auditOnProgram(tx, ctx, before.programId, "event.update", { before: { event: before }, after: { event: after } });
    return after;
  });
}

/** Deletes an event and the attendance recorded for it; the audit keeps both. */
export async function deleteEvent(ctx: ActionContext, eventId: string, version: unknown) {
  const actor = eventManager(ctx);
  const seen = ZVersion.parse(version);
  await db().$transaction(async (tx) => {
    const before = await loadManagedEvent(tx, actor, eventId);
    const attendance = await tx.attendance.findMany({ where: { eventId }, select: ATTENDANCE_SELECT });
    const { count } = await tx.event.deleteMany({ where: { id: eventId, version: seen } });
    if (count === 0) throw staleRecord("event", seen, before.version);
    await auditOnProgram(tx, ctx, before.programId, "event.delete", { before: { event: before, attendance } });
  });
}
