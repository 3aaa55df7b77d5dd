import "server-only";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { Locale } from "@/lib/platform/i18n/locales";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { takingTurns, type ImportProgress } from "@/lib/domain/imports/import-work";
import type { ActivityPreview } from "../resolve/types";

/** An import as the preview and the API show it. */
export type IatiImportView = {
  id: string;
  fileName: string;
  sizeBytes: number;
  /** READING and CONFIRMING while the file is checked or written in the background, with `progress`; FAILED when it could not be checked. */
  status: "READING" | "PREVIEWED" | "CONFIRMING" | "CONFIRMED" | "FAILED";
  progress: ImportProgress;
  /** Why the file could not be checked, or why the last confirmation wrote nothing. */
  failure: string | null;
  createdAt: string;
  confirmedAt: string | null;
  defaultAgreementId: string | null;
  version: string;
  activities: ActivityPreview[];
  summary: { activities: number; new: number; update: number; skip: number; critical: number; error: number; warning: number; newOrganisations: number };
  /** Once confirmed: what was written. */
  result: { created: string[]; updated: string[]; organisationsCreated: number } | null;
};

export type StoredPreview = { version: string; activities: ActivityPreview[] };

export const IMPORT_SELECT = {
  id: true,
  createdById: true,
  fileName: true,
  sizeBytes: true,
  checksum: true,
  status: true,
  createdAt: true,
  confirmedAt: true,
  defaultAgreementId: true,
  preview: true,
  progress: true,
  failure: true,
  result: true,
} satisfies Prisma.IatiImportSelect;

export function toView(row: Prisma.IatiImportGetPayload<{ select: typeof IMPORT_SELECT }>): IatiImportView {
  const preview = row.preview as unknown as Partial<StoredPreview>;
  const activities = preview.activities ?? [];
  const count = (action: ActivityPreview["action"]) => activities.filter((activity) => activity.action === action).length;
  const tier = (name: string) => activities.reduce((total, activity) => total + activity.problems.filter((problem) => problem.tier === name).length, 0);
  return {
    id: row.id,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    status: row.status,
    progress: row.progress as ImportProgress,
    failure: row.failure,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    defaultAgreementId: row.defaultAgreementId,
    version: preview.version ?? "",
    activities: preview.activities ?? [],
    summary: {
      activities: activities.length,
      new: count("new"),
      update: count("update"),
      skip: count("skip"),
      critical: tier("critical"),
      error: tier("error"),
      warning: tier("warning"),
      newOrganisations: new Set(activities.flatMap((activity) => activity.newOrganisations)).size,
    },
    result: row.status === "CONFIRMED" ? (row.result as IatiImportView["result"]) : null,
  };
}

/**
 * The view with every problem said in the reader's language. The stored preview keeps each
 * problem as a message reference, so it reads in whatever language its reader uses, later too.
 * A file of tens of thousands of activities has hundreds of thousands of them: the work takes turns
 * with other requests.
 */
export async function importViewIn(view: IatiImportView, locale: Locale): Promise<IatiImportView> {
  const pause = takingTurns();
  const activities: ActivityPreview[] = [];
  for (const activity of view.activities) {
    activities.push({ ...activity, problems: activity.problems.map((problem) => ({ ...problem, message: renderProblem(problem.message, locale) })) });
    await pause();
  }
  return { ...view, failure: view.failure && renderProblem(view.failure, locale), activities };
}
