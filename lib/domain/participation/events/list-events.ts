import "server-only";
import { offsetFromCursor, type TPageQuery } from "@/lib/platform/api/pagination";
import type { Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { EVENT_SELECT } from "./event-rules";

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
