import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { updateVersioned } from "@/lib/platform/audit/versioned-write";
import { programActWhere } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Visibility } from "@/lib/platform/db/generated/enums";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";
import { ZVersion } from "@/lib/platform/validation";
import { loadEditable, loadProgramRecord, staleProgram } from "./program-edit-rules";
import type { ProgramRecord } from "./program-record";
import { assertPublishable } from "./publish-rules";

/**
 * Publishes a draft program, starting from `version`: the public sees it from then on. Whoever may
 * change the program may publish it (its reporting organisation's country's ministries, and
 * administrators); the blocking items of its checklist are checked again here, whatever the page
 * showed. Recorded as an edit of the program, so its history says "published the program".
 */
export function publishProgram(ctx: ActionContext, id: string, version: unknown): Promise<ProgramRecord> {
  return setVisibility(ctx, id, version, "PUBLISHED");
}

/**
 * Returns a published program to draft, starting from `version`, as the edit form's visibility
 * does: the public no longer sees it, and it may be deleted again.
 */
export function unpublishProgram(ctx: ActionContext, id: string, version: unknown): Promise<ProgramRecord> {
  return setVisibility(ctx, id, version, "DRAFT");
}

function setVisibility(ctx: ActionContext, id: string, version: unknown, visibility: Visibility): Promise<ProgramRecord> {
  return db().$transaction(async (tx) => {
    const { actor, before } = await loadEditable(tx, ctx.actor, id);
    const parsed = ZVersion.safeParse(version);
    if (!parsed.success) throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { version: [parsed.error.issues[0]!.message] } });
    if (parsed.data !== before.version) throw await staleProgram(tx, before, parsed.data);
    if (before.visibility === visibility) {
      throw new AppError("CONFLICT", problem(visibility === "PUBLISHED" ? "PublishProblems.alreadyPublished" : "PublishProblems.alreadyDraft"));
    }
    if (visibility === "PUBLISHED") await assertPublishable(tx, id);
    return updateVersioned(tx, ctx, {
      record: "program",
      before,
      version: parsed.data,
      write: () =>
        tx.cooperationProgram.updateMany({
          where: { AND: [{ id, version: parsed.data }, programActWhere(actor)] },
          data: { visibility, publishedAt: visibility === "PUBLISHED" ? new Date() : null, version: { increment: 1 } },
        }),
      read: () => loadProgramRecord(tx, id),
      stale: (current) => staleProgram(tx, current, parsed.data),
      audit: { action: "program.update", entityType: "CooperationProgram", entityId: id },
    });
  });
}
