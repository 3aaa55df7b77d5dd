import { Prisma } from "@/lib/platform/db/generated/client";

/**
 * The text search document of a program: title, summary and objectives, weighted in that order,
 * kept by PostgreSQL in a generated column with a GIN index (migration 20261128180426_program_search).
 */
export const PROGRAM_SEARCH_DOCUMENT = Prisma.sql`"searchVector"`;

/**
 * The words of a search as a prefix query ("labour insp" finds "labour inspection"): letters and
 * digits only, so nothing the user types can break the query's syntax. Null when no word is left.
 */
export function prefixQuery(text: string): string | null {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}
