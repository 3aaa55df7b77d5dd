import "server-only";
import { offsetFromCursor, type Page, type TPageQuery } from "@/lib/platform/api/pagination";
import type { Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import { programIdPage } from "./program-id-page";
import { programMoney, type ProgramMoney } from "./program-money";
import { PROGRAM_SUMMARY_SELECT, type ProgramSummary } from "./program-summary";

/** How a program appears in lists: its summary, plus what the list filters on. */
export const PROGRAM_LIST_SELECT = {
  ...PROGRAM_SUMMARY_SELECT,
  topics: true,
  actualStart: true,
  actualEnd: true,
  beneficiaries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
} satisfies Prisma.CooperationProgramSelect;

export type ProgramListItem = ProgramSummary & Prisma.CooperationProgramGetPayload<{ select: typeof PROGRAM_LIST_SELECT }> & {
  /** Committed and disbursed per currency, when the list was asked for its money. */
  money?: ProgramMoney[];
};

/**
 * The programs the viewer may read that match `filter`, one page at a time: filtered, searched,
 * sorted and paged in PostgreSQL. The cursor is the offset of the next page. `money` adds each
 * program's committed and disbursed totals, read for the whole page in the same round of statements.
 */
export async function listPrograms(
  viewer: Viewer,
  filter: TProgramFilter,
  { limit, cursor }: TPageQuery,
  { money = false }: { money?: boolean } = {},
): Promise<Page<ProgramListItem> & { total: number | null; totalCapped: boolean }> {
  const offset = offsetFromCursor(cursor);
  const { ids, count } = await programIdPage(viewer, filter, offset, limit + 1);
  const pageIds = ids.slice(0, limit);
  const [rows, amounts] = await Promise.all([
    pageIds.length ? db().cooperationProgram.findMany({ where: { id: { in: pageIds } }, select: PROGRAM_LIST_SELECT }) : [],
    money ? programMoney(pageIds) : null,
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const data = pageIds
    .map((id) => byId.get(id))
    .filter((row) => row !== undefined)
    .map((row): ProgramListItem => (amounts ? { ...row, money: amounts.get(row.id) ?? [] } : row));
  return {
    data,
    page: { limit, nextCursor: ids.length > limit ? String(offset + limit) : null },
    total: count?.total ?? (offset === 0 ? 0 : null),
    totalCapped: count?.totalCapped ?? false,
  };
}
