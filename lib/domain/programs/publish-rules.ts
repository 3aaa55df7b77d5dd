import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { AppError, type FieldErrors } from "@/lib/platform/errors/app-error";
import { problem, type ProblemKey } from "@/lib/platform/i18n/problem";
import { loadPublishFacts } from "./load-publish-facts";
import { publishBlockers, publishChecklist } from "./publish-checklist";

/**
 * Refuses to publish a program while a blocking item of its checklist is missing, naming each one
 * on the field the edit form shows it by (the parts without a field, on "visibility"). Called
 * inside the transaction that publishes, after its own writes, so it checks what will be stored.
 */
export async function assertPublishable(tx: DbTx, programId: string): Promise<void> {
  const blockers = publishBlockers(publishChecklist(await loadPublishFacts(tx, programId)));
  if (!blockers.length) return;
  const fieldErrors: FieldErrors = {};
  for (const item of blockers) (fieldErrors[item.field] ??= []).push(problem(`PublishProblems.${item.key}` as ProblemKey));
  throw new AppError("INVALID_INPUT", problem("PublishProblems.blocked", { count: blockers.length }), { fieldErrors });
}
