import { Prisma } from "@/lib/platform/db/generated/client";

/**
 * The text search document of a program: title, summary and objectives in all its languages and
 * without accents, weighted in that order, kept by PostgreSQL in a generated column with a GIN index
 * (migration 20261206141500_multilingual_search).
 */
export const PROGRAM_SEARCH_DOCUMENT = Prisma.sql`"searchVector"`;

/**
 * A prefix query (see prefixQuery) as a tsquery matching that document: its accents removed the same
 * way, by the migration's "unaccented" function, so "inspeccion" finds "inspección" and the reverse.
 */
export const programSearchQuery = (query: string) => Prisma.sql`to_tsquery('simple'::regconfig, "unaccented"(${query}))`;

/**
 * The words of a search as a prefix query ("labour insp" finds "labour inspection"): letters and
 * digits only, so nothing the user types can break the query's syntax. Null when no word is left.
 */
export function prefixQuery(text: string): string | null {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}
