import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";
import { ZUpdateSubmission } from "./schemas";
import { loadSubmissionForSubmitter, submissionRecord, type SubmissionRecord } from "./submission-record";
import { assertSubmissionAcceptable, submissionColumns } from "./submission-rules";

/** Its organisation edits a draft; once filed, a submission's text stays as it was filed. */
export async function updateSubmission(ctx: ActionContext, submissionId: string, input: unknown): Promise<SubmissionRecord> {
  const { version, ...data } = ZUpdateSubmission.parse(input);
  return db().$transaction(async (tx) => {
    const { actor, submission: before } = await loadSubmissionForSubmitter(tx, ctx.actor, submissionId);
    if (before.status !== "DRAFT") throw new AppError("CONFLICT", problem("SubmissionProblems.filedText"));
    await assertSubmissionAcceptable(tx, actor, data);
    return updateVersioned(tx, { ...ctx, actor }, {
      record: "submission",
      before,
      version,
      write: async () => {
        const written = await tx.submission.updateMany({ where: { id: submissionId, version, status: "DRAFT" }, data: { ...submissionColumns(data), version: { increment: 1 } } });
        if (written.count) {
          await tx.submissionCoSubmitter.deleteMany({ where: { submissionId } });
          await tx.submissionCoSubmitter.createMany({ data: data.coSubmitters.map((entry) => ({ submissionId, ...entry })) });
          await tx.submissionProvision.deleteMany({ where: { submissionId } });
          await tx.submissionProvision.createMany({ data: data.provisionIds.map((provisionId) => ({ submissionId, provisionId })) });
        }
        return written;
      },
      read: () => submissionRecord(tx)({ id: submissionId }),
      audit: { action: "submission.update", entityType: "Submission", entityId: submissionId },
    });
  });
}
