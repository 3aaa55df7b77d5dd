import { Prisma } from "@/lib/db/generated/client";

/**
 * The text search document of a program: title, summary and objectives, weighted in that order.
 * The expression must stay exactly as the GIN index "CooperationProgram_search_idx" declares it
 * (migration 20261128180426_program_search), or PostgreSQL will not use the index.
 */
export const PROGRAM_SEARCH_DOCUMENT = Prisma.sql`(setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "summary"), 'B') || setweight(to_tsvector('simple'::regconfig, "objectives"), 'C'))`;

/**
 * The words of a search as a prefix query ("labour insp" finds "labour inspection"): letters and
 * digits only, so nothing the user types can break the query's syntax. Null when no word is left.
 */
export function prefixQuery(text: string): string | null {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}
