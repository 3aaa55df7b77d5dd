import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { tableStream } from "@/lib/domain/exports/table-stream";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import { PROGRAM_EXPORT_KEYS, programExportRows } from "./program-export-rows";

/**
 * The program list as CSV for /api/v1/programs.csv (UTF-8 with a byte order mark, headers being the
 * column names), streamed as the client reads: the same rows as the programs export.
 */
export function exportProgramsCsv(viewer: Viewer, filter: TProgramFilter): ReadableStream<Uint8Array> {
  const columns = PROGRAM_EXPORT_KEYS.map((key) => ({ key, header: key }));
  return tableStream("csv", columns, programExportRows(viewer, filter));
}
