import { z } from "zod";
import { HEADER_MODES } from "@/lib/domain/exports/columns";
import { EXPORT_DATASETS } from "@/lib/domain/exports/datasets";
import { ZTransactionExportFilter } from "@/lib/domain/exports/export-transactions";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS } from "@/lib/domain/exports/table-stream";
import { ZPlanFilter } from "@/lib/domain/plans/schemas";
import { LOCALES } from "@/lib/platform/i18n/locales";
import type { ApiEndpoint } from "../types";
import { READ_LIST } from "./helpers";

/**
 * The query an export takes: `format`, and the filters of the dataset's list. The program-based
 * datasets share the program list's filters (transactions add `transactionType`, `from`, `to`), plans
 * take the plan list's; a name both lists use accepts what either does.
 */
function exportQuery() {
  const programs: Record<string, z.ZodType> = ZTransactionExportFilter.shape;
  const plans: Record<string, z.ZodType> = ZPlanFilter.shape;
  const filters = Object.fromEntries(
    [...new Set([...Object.keys(programs), ...Object.keys(plans)])].map((key) => {
      const [a, b] = [programs[key], plans[key]];
      return [key, a && b ? z.union([a, b]) : (a ?? b)!];
    }),
  );
  return z.object({
    format: z.enum(EXPORT_FORMATS).default("csv").describe("The file format."),
    headers: z
      .enum(HEADER_MODES)
      .default("labels")
      .describe("`labels`: headers, sheet name and coded values in the reader's language, for people. `keys`: the columns' stable machine names and raw codes, the same in every language (docs/exports.md lists them)."),
    lang: z.enum(LOCALES).optional().describe("The language of the labels; without it, the caller's own choice, else Accept-Language, else English."),
    ...filters,
  });
}

export const exportEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/exports/{dataset}", tag: "Exports", access: "optional", who: "anyone; the rows are those the caller may read",
    summary: "Export a dataset",
    description:
      "`programs`, `transactions`, `indicators` and `events` take the filters of `GET /api/v1/programs` (transactions also `transactionType`, `from`, `to`); `plans` those of `GET /api/v1/plans`. Streamed; a bad format or filter is refused before the first byte.",
    pathParams: z.object({ dataset: z.enum(EXPORT_DATASETS as [string, ...string[]]).describe("The dataset to export.") }),
    query: exportQuery(),
    success: { kind: "file", description: "The file.", contentTypes: EXPORT_FORMATS.map((format) => EXPORT_CONTENT_TYPES[format].split(";")[0]!) },
    errors: [...READ_LIST, 404],
  },
];
