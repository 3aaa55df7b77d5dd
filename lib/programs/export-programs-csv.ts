import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Viewer } from "@/lib/authz";
import { db } from "@/lib/db";
import type { TProgramFilter } from "@/lib/validation/programs";
import { programIdPage } from "./list-programs";

/** Programs fetched per query while streaming; memory stays flat whatever the list's length. */
const BATCH = 500;

const COLUMNS = [
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
];

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return) as a formula;
 * such text is prefixed with an apostrophe so that it stays text.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

async function batchRows(ids: string[]): Promise<string[][]> {
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
      plannedStart: true,
      plannedEnd: true,
      actualStart: true,
      actualEnd: true,
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
    const row = [
      p.identifier,
      p.title,
      p.agreement.shortName,
      p.type,
      p.status,
      p.visibility,
      p.topics.join("; "),
      p.beneficiaries.map((beneficiary) => beneficiary.countryCode).join("; "),
      day(p.plannedStart),
      day(p.plannedEnd),
      day(p.actualStart),
      day(p.actualEnd),
      p.currencyCode,
      p.leadInstitution?.name ?? "",
      p.funder?.name ?? "",
      p.fundingAmount?.toString() ?? "",
      p.participants.map((participant) => `${participant.organisation.name} (${participant.role})`).join("; "),
      p.updatedAt.toISOString(),
    ];
    return [row.map(spreadsheetSafe)];
  });
}

/**
 * Exactly the programs the list shows for `filter`, in its order, as CSV (UTF-8 with a byte order
 * mark, so that spreadsheet programs read accents correctly). Written batch by batch as the client
 * reads, never held whole in memory.
 */
export function exportProgramsCsv(viewer: Viewer, filter: TProgramFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let offset = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${stringify([COLUMNS])}`));
        return;
      }
      const { ids } = await programIdPage(viewer, filter, offset, BATCH);
      if (ids.length) controller.enqueue(encoder.encode(stringify(await batchRows(ids))));
      offset += BATCH;
      if (ids.length < BATCH) controller.close();
    },
  });
}
