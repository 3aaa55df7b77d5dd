import { z } from "zod";
import { AppError } from "@/lib/platform/errors/app-error";
import { ZWholeNumber } from "@/lib/platform/validation";
import { fieldErrorsOf } from "./field-errors";
import { problem } from "@/lib/platform/i18n/problem";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const UNKNOWN_CURSOR = problem("ApiProblem.unknownCursor");

/** `?limit=` (1–100) and an opaque `?cursor=` from the previous page's `page.nextCursor`. */
export const ZPageQuery = z.object({
  limit: ZWholeNumber(problem("ApiProblem.limitWholeNumber"), z.number().min(1, problem("ApiProblem.limitAtLeast", { min: 1 })).max(MAX_PAGE_SIZE, problem("ApiProblem.limitAtMost", { max: MAX_PAGE_SIZE }))).default(
    DEFAULT_PAGE_SIZE,
  ),
  cursor: z
    .string()
    .max(200, UNKNOWN_CURSOR)
    .regex(/^[A-Za-z0-9_-]+$/, UNKNOWN_CURSOR)
    .optional(),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

/** Reads the paging parameters of a list request, refusing bad ones with field-level errors. */
export function pageQuery(url: URL): TPageQuery {
  const result = ZPageQuery.safeParse({
    limit: url.searchParams.get("limit") ?? undefined,
    cursor: url.searchParams.get("cursor") ?? undefined,
  });
  if (!result.success) {
    throw new AppError("INVALID_INPUT", problem("ApiProblem.invalidPaging"), { fieldErrors: fieldErrorsOf(result.error) });
  }
  return result.data;
}

export type Page<T> = { data: T[]; page: { limit: number; nextCursor: string | null } };

/**
 * The Prisma arguments of one page of a keyset list whose order ends with the id: one row more than the page
 * (to know whether another page follows) and, after the first page, the rows after the cursor's.
 */
export function keysetArgs({ limit, cursor }: { limit: number; cursor?: string }) {
  return { take: limit + 1, ...(cursor && { cursor: { id: cursor }, skip: 1 }) };
}

/**
 * The list response for rows fetched with `take: limit + 1` in a stable order: the extra row, if
 * any, only tells that another page exists, and its key becomes the next cursor.
 */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => string): Page<T> {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, page: { limit, nextCursor: rows.length > limit && last ? cursorOf(last) : null } };
}

/**
 * Refuses a keyset cursor that names no row (`count` counts the rows with that id in the list's
 * scope, before its filters): Prisma would answer an empty page, as if the list had ended there.
 */
export async function assertKnownCursor(cursor: string | undefined, count: (id: string) => Promise<number>): Promise<void> {
  if (cursor !== undefined && !(await count(cursor))) {
    throw new AppError("INVALID_INPUT", problem("ApiProblem.invalidPaging"), { fieldErrors: { cursor: [UNKNOWN_CURSOR] } });
  }
}

/**
 * The offset a list's cursor stands for, for lists ordered by columns that may be NULL or by a
 * computed value (a search rank): Prisma's keyset cursor skips rows whose sort column is NULL and
 * cannot follow an expression, so such lists page by offset instead.
 */
export function offsetFromCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^\d{1,9}$/.test(cursor)) {
    throw new AppError("INVALID_INPUT", problem("ApiProblem.invalidPaging"), { fieldErrors: { cursor: [UNKNOWN_CURSOR] } });
  }
  return Number(cursor);
}

/** A list's filters from the query string (paging parameters aside), validated by `schema`. */
export function filterQuery<T extends z.ZodType>(url: URL, schema: T): z.infer<T> {
  return schema.parse(Object.fromEntries([...url.searchParams].filter(([key]) => key !== "limit" && key !== "cursor")));
}
