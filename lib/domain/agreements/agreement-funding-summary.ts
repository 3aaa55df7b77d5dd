import "server-only";
import { toMoney } from "@/lib/platform/api/money";
import { programReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ProgramType } from "@/lib/platform/db/generated/enums";

/**
 * Per program type and currency, over the programs the viewer may read: how many programs, and the
 * sums committed, disbursed and spent. Amounts in different currencies are never added together.
 */
export async function fundingSummary(viewer: Viewer, agreementId: string) {
  const programs = { AND: [{ agreementId }, programReadWhere(viewer)] };
  const client = db();
  const [counts, ...sums] = await Promise.all([
    client.cooperationProgram.groupBy({ by: ["type"], where: programs, _count: { _all: true } }),
    ...Object.values(ProgramType).map((type) =>
      client.transaction.groupBy({
        by: ["currencyCode", "type"],
        where: { type: { in: ["COMMITMENT", "DISBURSEMENT", "EXPENDITURE"] }, program: { AND: [programs, { type }] } },
        _sum: { amount: true },
        orderBy: [{ currencyCode: "asc" }],
      }),
    ),
  ]);
  return Object.values(ProgramType)
    .map((programType, index) => {
      const rows = sums[index] ?? [];
      const currencies = [...new Set(rows.map((row) => row.currencyCode))].map((currency) => {
        const sum = (kind: string) => rows.find((row) => row.currencyCode === currency && row.type === kind)?._sum.amount ?? "0";
        return {
          currency,
          committed: toMoney(sum("COMMITMENT"), currency),
          disbursed: toMoney(sum("DISBURSEMENT"), currency),
          spent: toMoney(sum("EXPENDITURE"), currency),
        };
      });
      return { programType, programs: counts.find((row) => row.type === programType)?._count._all ?? 0, currencies };
    })
    .filter((row) => row.programs > 0);
}
