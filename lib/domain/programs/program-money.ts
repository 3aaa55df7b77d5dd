import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";

/** What a program committed and paid out in one currency: decimal strings, never floats. */
export type ProgramMoney = { currency: string; committed: string; disbursed: string };

/**
 * The committed and disbursed totals of each of `programIds`, one entry per currency they have
 * transactions in (in currency order), in one statement whatever the number of programs: a list
 * page asks once for all its rows, never once per row.
 */
export async function programMoney(programIds: readonly string[]): Promise<Map<string, ProgramMoney[]>> {
  const byProgram = new Map<string, ProgramMoney[]>();
  if (!programIds.length) return byProgram;
  const rows = await db().$queryRaw<{ programId: string; currency: string; committed: Prisma.Decimal; disbursed: Prisma.Decimal }[]>`
    SELECT t."programId", t."currencyCode" AS currency,
      COALESCE(SUM(t."amount") FILTER (WHERE t."type" = 'COMMITMENT'), 0) AS committed,
      COALESCE(SUM(t."amount") FILTER (WHERE t."type" = 'DISBURSEMENT'), 0) AS disbursed
    FROM "Transaction" t
    WHERE t."programId" = ANY(${[...programIds]}::text[]) AND t."type" IN ('COMMITMENT', 'DISBURSEMENT')
    GROUP BY t."programId", t."currencyCode"
    ORDER BY t."programId", t."currencyCode"`;
  for (const row of rows) {
    const money = { currency: row.currency.trim(), committed: new Prisma.Decimal(row.committed).toFixed(), disbursed: new Prisma.Decimal(row.disbursed).toFixed() };
    byProgram.set(row.programId, [...(byProgram.get(row.programId) ?? []), money]);
  }
  return byProgram;
}
