import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import type { Viewer } from "@/lib/platform/authz";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { programExportRows, PROGRAM_EXPORT_KEYS } from "@/lib/domain/programs/program-export-rows";
import { ZPlanFilter } from "@/lib/domain/plans/schemas";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";
import { ZSubmissionFilter } from "@/lib/domain/submissions/schemas";
import { LOCALES, type Locale } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { HEADER_MODES, type ColumnKey, type ExportDatasetName, type HeaderMode } from "./columns";
import { EVENT_EXPORT_KEYS, eventExportRows } from "./export-events";
import { INDICATOR_EXPORT_KEYS, indicatorExportRows } from "./export-indicators";
import { PLAN_EXPORT_KEYS, planExportRows } from "./export-plans";
import { SUBMISSION_EXPORT_KEYS, submissionExportRows } from "./export-submissions";
import { TRANSACTION_EXPORT_KEYS, transactionExportRows, ZTransactionExportFilter } from "./export-transactions";
import { EXPORT_FORMATS, type ExportFormat, type Row } from "./table-stream";

/**
 * An export ready to run: its format, how it names its columns (`headers`), the language asked
 * for with `lang` if any, its column keys in order, and its rows for the viewer.
 */
export type PreparedExport = { format: ExportFormat; headers: HeaderMode; lang?: Locale; keys: readonly string[]; rows: (viewer: Viewer) => AsyncIterable<Row> };

type Dataset = { prepare: (query: Record<string, string>) => PreparedExport };

const blank = (value: unknown) => (value === "" ? undefined : value);

/** The export's own parameters, beside the dataset's filters. */
const ZExportOptions = z.object({
  format: z.preprocess(blank, z.enum(EXPORT_FORMATS, { error: problem("ExportProblem.format") }).default("csv")),
  headers: z.preprocess(blank, z.enum(HEADER_MODES, { error: problem("ExportProblem.headers") }).default("labels")),
  lang: z.preprocess(blank, z.enum(LOCALES, { error: problem("ExportProblem.language", { languages: LOCALES.join(", ") }) }).optional()),
});

/**
 * A dataset: the filters it takes (those of the list it comes from), its columns, and its rows.
 * Preparing validates the format and the filters together, so that every problem is reported at
 * once and before anything is streamed.
 */
function dataset<D extends ExportDatasetName, F>(
  name: D,
  schema: z.ZodType<F>,
  keys: readonly ColumnKey<D>[],
  rows: (viewer: Viewer, filter: F) => AsyncIterable<Row<ColumnKey<D>>>,
): Dataset {
  return {
    prepare(query) {
      const { format, headers, lang, ...filters } = query;
      const options = ZExportOptions.safeParse({ format, headers, lang });
      const filter = schema.safeParse(filters);
      const fieldErrors: FieldErrors = {
        ...(options.success ? {} : fieldErrorsOf(options.error)),
        ...(filter.success ? {} : fieldErrorsOf(filter.error)),
      };
      if (!options.success || !filter.success) throw new AppError("INVALID_INPUT", problem("ExportProblem.invalid"), { fieldErrors });
      return { ...options.data, keys, rows: (viewer) => rows(viewer, filter.data) };
    },
  };
}

const DATASETS: Record<ExportDatasetName, Dataset> = {
  programs: dataset("programs", ZProgramFilter, PROGRAM_EXPORT_KEYS, programExportRows),
  transactions: dataset("transactions", ZTransactionExportFilter, TRANSACTION_EXPORT_KEYS, transactionExportRows),
  indicators: dataset("indicators", ZProgramFilter, INDICATOR_EXPORT_KEYS, indicatorExportRows),
  plans: dataset("plans", ZPlanFilter, PLAN_EXPORT_KEYS, planExportRows),
  events: dataset("events", ZProgramFilter, EVENT_EXPORT_KEYS, eventExportRows),
  submissions: dataset("submissions", ZSubmissionFilter, SUBMISSION_EXPORT_KEYS, submissionExportRows),
};

export const EXPORT_DATASETS = Object.keys(DATASETS) as ExportDatasetName[];

export const isExportDataset = (name: string): name is ExportDatasetName => Object.hasOwn(DATASETS, name);

/**
 * The export of `name` for a request's query string (`format`, `headers`, `lang` and the dataset's
 * filters): 404 for an unknown dataset, 400 with field errors for a bad option or filter.
 */
export function prepareExport(name: string, query: URLSearchParams): PreparedExport & { dataset: ExportDatasetName } {
  if (!isExportDataset(name)) {
    throw new AppError("NOT_FOUND", problem("ExportProblem.unknownDataset", { name, datasets: EXPORT_DATASETS.join(", ") }));
  }
  return { dataset: name, ...DATASETS[name].prepare(Object.fromEntries(query)) };
}
