import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { programFilterSql } from "@/lib/domain/programs/program-filter-sql";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import { keysetRows } from "./batches";
import type { ColumnKey } from "./columns";
import type { Row } from "./table-stream";

export const EVENT_EXPORT_KEYS = ["program_identifier", "event_date", "kind", "title", "place", "organisation", "constituency", "women", "men"] as const satisfies readonly ColumnKey<"events">[];

type EventExportRow = Row<(typeof EVENT_EXPORT_KEYS)[number]>;
/** The keyset: the event, then its attendance row ("" when it has none). */
type Fetched = EventExportRow & { event_id: string; attendance_key: string };

/**
 * One row per attendance row of the events of the programs the list shows for `filter` (within
 * what the viewer may read); an event without attendance has one row with those columns empty, and
 * attendance without an organisation has an empty organisation.
 */
export async function* eventExportRows(viewer: Viewer, filter: TProgramFilter): AsyncGenerator<EventExportRow> {
  const where = programFilterSql(viewer, filter);
  const rows = keysetRows<Fetched>((after, size) => {
    const [eventId, attendanceKey] = after ? [after.event_id, after.attendance_key] : ["", ""];
    return db().$queryRaw<Fetched[]>`
      SELECT ev."id" AS event_id, COALESCE(att."id", '') AS attendance_key,
        p."identifier" AS program_identifier, to_char(ev."startDate", 'YYYY-MM-DD') AS event_date, ev."kind"::text AS kind,
        ev."title" AS title, ev."place" AS place, org."name" AS organisation, att."constituency"::text AS constituency,
        att."women" AS women, att."men" AS men
      FROM "Event" ev
      JOIN "CooperationProgram" p ON p."id" = ev."programId"
      LEFT JOIN "Attendance" att ON att."eventId" = ev."id"
      LEFT JOIN "Organisation" org ON org."id" = att."organisationId"
      WHERE ${where} AND ev."id" >= ${eventId} AND (ev."id", COALESCE(att."id", '')) > (${eventId}, ${attendanceKey})
      ORDER BY ev."id", COALESCE(att."id", '')
      LIMIT ${size}`;
  });
  for await (const { event_id: _event, attendance_key: _attendance, ...row } of rows) yield row;
}
