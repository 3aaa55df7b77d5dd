import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { PublishFacts } from "./publish-checklist";

type Client = Pick<DbTx, "cooperationProgram">;

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/**
 * What the publishing checklist looks at, for a program the caller has already found the viewer
 * may read; counted in one query. Inside a transaction it sees that transaction's own writes, so
 * that an edit which publishes is checked as it will be stored.
 */
export async function loadPublishFacts(client: Client, programId: string): Promise<PublishFacts> {
  const program = await client.cooperationProgram.findUniqueOrThrow({
    where: { id: programId },
    select: {
      type: true,
      title: true,
      summary: true,
      objectives: true,
      plannedStart: true,
      plannedEnd: true,
      actualStart: true,
      topics: true,
      reportingOrganisation: { select: { name: true, iatiIdentifier: true } },
      _count: {
        select: {
          beneficiaries: true,
          provisions: true,
          participants: true,
          budgets: true,
          indicators: true,
          documents: true,
          transactions: { where: { type: { in: ["COMMITMENT", "DISBURSEMENT"] } } },
        },
      },
      participants: { where: { role: "IMPLEMENTER" }, select: { id: true }, take: 1 },
    },
  });
  const { _count: count } = program;
  return {
    type: program.type,
    title: program.title,
    summary: program.summary,
    objectives: program.objectives,
    plannedStart: day(program.plannedStart),
    plannedEnd: day(program.plannedEnd),
    actualStart: day(program.actualStart),
    reportingOrganisation: program.reportingOrganisation,
    topics: program.topics.length,
    beneficiaryCountries: count.beneficiaries,
    provisions: count.provisions,
    participants: count.participants,
    implementers: program.participants.length,
    budgets: count.budgets,
    fundingTransactions: count.transactions,
    indicators: count.indicators,
    documents: count.documents,
  };
}
