import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { ZCreateSubmission } from "./schemas";
import { auditOnSubmission, SUBMISSION_RECORD_SELECT, type SubmissionRecord } from "./submission-record";
import { assertSubmissionAcceptable, submissionColumns } from "./submission-rules";

/** A civil-society user drafts a submission for their own organisation; it is filed later. */
export async function createSubmission(ctx: ActionContext, input: unknown): Promise<SubmissionRecord> {
  const actor = requirePermission(ctx.actor, "submission.file");
  const data = ZCreateSubmission.parse(input);
  return db().$transaction(async (tx) => {
    await assertSubmissionAcceptable(tx, actor, data);
    const submission = await tx.submission.create({
      data: {
        ...submissionColumns(data),
        organisationId: actor.organisationId,
        createdById: actor.id,
        coSubmitters: { create: data.coSubmitters },
        provisions: { create: data.provisionIds.map((provisionId) => ({ provisionId })) },
      },
      select: SUBMISSION_RECORD_SELECT,
    });
    await auditOnSubmission(tx, ctx, submission.id, "submission.create", { after: submission });
    return submission;
  });
}
