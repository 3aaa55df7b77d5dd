import "server-only";
import { keysetArgs, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { type Viewer, requireSignedIn } from "@/lib/platform/authz";
import { loadPlanForRead } from "@/lib/platform/authz/load-plan";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { planRecord } from "./plan-record";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * The plan's timeline from its audit trail, oldest first and paged by keyset: drafting, edits, every
 * status change and review with its comment, measures added, reported, verified and given evidence,
 * and comments. For signed-in readers of the plan.
 */
export async function planTimeline(viewer: Viewer, planId: string, { limit, cursor }: TPageQuery = { limit: 100 }) {
  requireSignedIn(viewer);
  await loadPlanForRead(viewer, planId, planRecord(db()));
  const where = { entityType: "Plan", entityId: planId };
  if (cursor && !(await db().auditEvent.count({ where: { ...where, id: cursor } }))) {
    throw new AppError("INVALID_INPUT", problem("ChoiceProblems.pagingInvalid"), { fieldErrors: { cursor: [problem("ChoiceProblems.cursorUnknown")] } });
  }
  const rows = await db().auditEvent.findMany({
    where,
    orderBy: [{ at: "asc" }, { id: "asc" }],
    ...keysetArgs({ limit, cursor }),
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return toPage(rows, limit, (row) => row.id);
}
