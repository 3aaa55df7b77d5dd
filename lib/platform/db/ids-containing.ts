import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";

/** A table's searchable text: its own columns, and the fields whose translations are searched too. */
export type SearchableText = {
  table: "Institution" | "Organisation" | "Agreement" | "Plan" | "InformationExchange" | "Submission";
  columns: readonly string[];
  translated?: readonly string[];
};

/**
 * The ids of the rows whose text contains `q`, ignoring case and accents ("Secretaria" finds
 * "Secretaría", "inspeccion" finds "inspección"), in the original and in every translation. Uses the
 * "unaccented" and "translation_texts" functions of migration 20261206141500_multilingual_search.
 * Table and column names come from the code, never from input; `q` is a parameter.
 */
export async function idsContaining({ table, columns, translated = [] }: SearchableText, q: string): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const texts = [
    ...columns.map((column) => Prisma.sql`coalesce(${Prisma.raw(`"${column}"`)}, '')`),
    ...translated.map((field) => Prisma.sql`"translation_texts"("translations" -> ${field})`),
  ];
  const matches = Prisma.join(
    texts.map((text) => Prisma.sql`"unaccented"(${text}) ILIKE "unaccented"(${pattern})`),
    " OR ",
  );
  const rows = await db().$queryRaw<{ id: string }[]>`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE ${matches}`;
  return rows.map((row) => row.id);
}
