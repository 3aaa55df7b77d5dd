import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import type { ColumnKey } from "@/lib/domain/exports/columns";
import { isoDay } from "@/lib/domain/exports/batches";
import type { Row } from "@/lib/domain/exports/table-stream";
import { db } from "@/lib/platform/db";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import { programIdPage } from "./program-id-page";
import { PROGRAM_DATES_SELECT } from "./program-record";

/** Programs fetched per query while streaming; memory stays flat whatever the list's length. */
const BATCH = 500;

/** The export's columns; their names are also the header row of /api/v1/programs.csv. */
export const PROGRAM_EXPORT_KEYS = [
  "identifier",
  "title",
  "agreement",
  "type",
  "status",
  "visibility",
  "topics",
  "beneficiary_countries",
  "planned_start",
  "planned_end",
  "actual_start",
  "actual_end",
  "currency",
  "lead_institution",
  "funder",
  "funding_amount",
  "participants",
  "updated_at",
] as const satisfies readonly ColumnKey<"programs">[];

type ProgramExportRow = Row<(typeof PROGRAM_EXPORT_KEYS)[number]>;

async function batchRows(ids: string[]): Promise<ProgramExportRow[]> {
  const programs = await db().cooperationProgram.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      identifier: true,
      title: true,
      type: true,
      status: true,
      visibility: true,
      topics: true,
      ...PROGRAM_DATES_SELECT,
      currencyCode: true,
      fundingAmount: true,
      updatedAt: true,
      agreement: { select: { shortName: true } },
      leadInstitution: { select: { name: true } },
      funder: { select: { name: true } },
      beneficiaries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      participants: { select: { role: true, organisation: { select: { name: true } } }, orderBy: [{ role: "asc" }, { createdAt: "asc" }] },
    },
  });
  const byId = new Map(programs.map((program) => [program.id, program]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const row: ProgramExportRow = {
      identifier: p.identifier,
      title: p.title,
      agreement: p.agreement.shortName,
      type: p.type,
      status: p.status,
      visibility: p.visibility,
      topics: p.topics.join("; "),
      beneficiary_countries: p.beneficiaries.map((beneficiary) => beneficiary.countryCode).join("; "),
      planned_start: isoDay(p.plannedStart),
      planned_end: isoDay(p.plannedEnd),
      actual_start: isoDay(p.actualStart),
      actual_end: isoDay(p.actualEnd),
      currency: p.currencyCode,
      lead_institution: p.leadInstitution?.name ?? null,
      funder: p.funder?.name ?? null,
      // Exact, as a decimal string: never a binary float.
      funding_amount: p.fundingAmount?.toString() ?? null,
      participants: p.participants.map((participant) => `${participant.organisation.name} (${participant.role})`).join("; "),
      updated_at: p.updatedAt.toISOString(),
    };
    return [row];
  });
}

/**
 * Exactly the programs the list shows for `filter`, within what the viewer may read and in the
 * list's order, one row each, fetched batch by batch as the rows are consumed.
 */
export async function* programExportRows(viewer: Viewer, filter: TProgramFilter): AsyncGenerator<ProgramExportRow> {
  for (let offset = 0; ; offset += BATCH) {
    const { ids } = await programIdPage(viewer, filter, offset, BATCH, { count: false });
    if (ids.length) yield* await batchRows(ids);
    if (ids.length < BATCH) return;
  }
}
