import "server-only";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { Locale } from "@/lib/platform/i18n/locales";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import type { Problem } from "@/lib/domain/iati/read/types";
import type { ActivityPreview } from "@/lib/domain/iati/resolve/types";

import type { ImportProgress } from "@/lib/domain/imports/import-work";

export type { ImportProgress };

/** Who confirmed, what they chose, and what is written so far (kept as it goes, so that a resumed write goes on where it stopped). */
export type StoredConfirmation = { chosen: string[]; by: string } & Partial<SpreadsheetImportResult>;

/** What confirming wrote: programs created and updated, and those that could not be, with why. */
export type SpreadsheetImportResult = { created: string[]; updated: string[]; failed: { identifier: string; message: string }[] };

/** The stored preview: each program as the IATI preview shows an activity, and the problems of rows naming no program. */
export type StoredSpreadsheetPreview = { programs: ActivityPreview[]; fileProblems: Problem[] };

export type SpreadsheetImportView = {
  id: string;
  fileNames: string[];
  sizeBytes: number;
  locale: string;
  status: "READING" | "PREVIEWED" | "CONFIRMING" | "CONFIRMED" | "FAILED";
  progress: ImportProgress;
  failure: string | null;
  createdAt: string;
  confirmedAt: string | null;
  programs: ActivityPreview[];
  fileProblems: Problem[];
  summary: { programs: number; new: number; update: number; unchanged: number; skip: number; critical: number; error: number; warning: number };
  result: SpreadsheetImportResult | null;
};

export const SPREADSHEET_IMPORT_SELECT = {
  id: true,
  createdById: true,
  fileNames: true,
  sizeBytes: true,
  locale: true,
  status: true,
  progress: true,
  preview: true,
  failure: true,
  result: true,
  createdAt: true,
  confirmedAt: true,
} satisfies Prisma.SpreadsheetImportSelect;

export function toSpreadsheetView(row: Prisma.SpreadsheetImportGetPayload<{ select: typeof SPREADSHEET_IMPORT_SELECT }>): SpreadsheetImportView {
  const preview = row.preview as Partial<StoredSpreadsheetPreview>;
  const programs = preview.programs ?? [];
  const problems = [...programs.flatMap((program) => program.problems), ...(preview.fileProblems ?? [])];
  const tier = (name: Problem["tier"]) => problems.filter((entry) => entry.tier === name).length;
  return {
    id: row.id,
    fileNames: row.fileNames,
    sizeBytes: row.sizeBytes,
    locale: row.locale,
    status: row.status,
    progress: row.progress as ImportProgress,
    failure: row.failure,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    programs,
    fileProblems: preview.fileProblems ?? [],
    summary: {
      programs: programs.length,
      new: programs.filter((program) => program.action === "new").length,
      update: programs.filter((program) => program.action === "update" && !program.unchanged).length,
      unchanged: programs.filter((program) => program.unchanged).length,
      skip: programs.filter((program) => program.action === "skip").length,
      critical: tier("critical"),
      error: tier("error"),
      warning: tier("warning"),
    },
    result: row.status === "CONFIRMED" ? (row.result as SpreadsheetImportResult) : null,
  };
}

/** The view with every problem and failure said in the reader's language. */
export function spreadsheetViewIn(view: SpreadsheetImportView, locale: Locale): SpreadsheetImportView {
  const said = (problems: Problem[]) => problems.map((entry) => ({ ...entry, message: renderProblem(entry.message, locale) }));
  return {
    ...view,
    failure: view.failure && renderProblem(view.failure, locale),
    programs: view.programs.map((program) => ({ ...program, problems: said(program.problems) })),
    fileProblems: said(view.fileProblems),
    result: view.result && { ...view.result, failed: view.result.failed.map((entry) => ({ ...entry, message: renderProblem(entry.message, locale) })) },
  };
}
