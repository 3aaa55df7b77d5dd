import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { Constituency } from "@/lib/platform/db/generated/enums";

// The social-dialogue balance is a read model of events: the attendance recorded at them, summed
// by constituency.

export type ConstituencyShare = {
  constituency: Constituency;
  people: number;
  women: number;
  men: number;
  /** This constituency's share of everyone who attended, in percent to one decimal; null when nobody attended. */
  share: number | null;
  /** The share of women among this constituency's attendees, in percent to one decimal. */
  womenShare: number | null;
};

export type SocialDialogueBalance = {
  events: number;
  people: number;
  women: number;
  womenShare: number | null;
  constituencies: ConstituencyShare[];
};

type Row = { constituency: Constituency; events: number; people: number; women: number; men: number; share: string | null; women_share: string | null };

/**
 * The balance over the events of the programs (aliased `p`) that `programs` selects; the caller
 * has put the viewer's read scope in it.
 */
export async function socialDialogueBalanceWhere(programs: Prisma.Sql): Promise<SocialDialogueBalance> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT a."constituency",
           COUNT(DISTINCT a."eventId")::int AS events,
           SUM(a."women" + a."men")::int AS people,
           SUM(a."women")::int AS women,
           SUM(a."men")::int AS men,
           ROUND(100.0 * SUM(a."women" + a."men") / NULLIF(SUM(SUM(a."women" + a."men")) OVER (), 0), 1)::text AS share,
           ROUND(100.0 * SUM(a."women") / NULLIF(SUM(a."women" + a."men"), 0), 1)::text AS women_share
    FROM "Attendance" a
    JOIN "Event" e ON e."id" = a."eventId"
    JOIN "CooperationProgram" p ON p."id" = e."programId"
    WHERE ${programs}
    GROUP BY a."constituency"`;
  const [totals] = await db().$queryRaw<{ events: number; people: number; women: number; women_share: string | null }[]>`
    SELECT COUNT(DISTINCT a."eventId")::int AS events,
           COALESCE(SUM(a."women" + a."men"), 0)::int AS people,
           COALESCE(SUM(a."women"), 0)::int AS women,
           ROUND(100.0 * SUM(a."women") / NULLIF(SUM(a."women" + a."men"), 0), 1)::text AS women_share
    FROM "Attendance" a
    JOIN "Event" e ON e."id" = a."eventId"
    JOIN "CooperationProgram" p ON p."id" = e."programId"
    WHERE ${programs}`;
  const byConstituency = new Map(rows.map((row) => [row.constituency, row]));
  const number = (value: string | null | undefined) => (value === null || value === undefined ? null : Number(value));
  return {
    events: totals?.events ?? 0,
    people: totals?.people ?? 0,
    women: totals?.women ?? 0,
    womenShare: number(totals?.women_share),
    constituencies: Object.values(Constituency).map((constituency) => {
      const row = byConstituency.get(constituency);
      return {
        constituency,
        people: row?.people ?? 0,
        women: row?.women ?? 0,
        men: row?.men ?? 0,
        share: row ? number(row.share) : totals?.people ? 0 : null,
        womenShare: number(row?.women_share),
      };
    }),
  };
}
