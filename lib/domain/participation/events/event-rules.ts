import "server-only";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { programReadWhere } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import type { DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import type { TCreateEvent } from "@/lib/domain/participation/schemas";
import { problem } from "@/lib/platform/i18n/problem";

export const EVENT_SELECT = {
  id: true,
  programId: true,
  kind: true,
  title: true,
  startDate: true,
  endDate: true,
  place: true,
  summary: true,
  version: true,
} as const;

export const eventColumns = (data: TCreateEvent) => ({
  kind: data.kind,
  title: data.title,
  startDate: data.startDate,
  endDate: data.endDate ?? null,
  place: data.place ?? null,
  summary: data.summary ?? "",
});

/** The event and the actor who may manage it: not found outside what they may read, refused outside their country's programs. */
export async function loadManagedEvent(tx: DbTx, viewer: ActionContext["actor"], eventId: string) {
  const event = await tx.event.findFirst({ where: { id: eventId, program: programReadWhere(viewer) }, select: EVENT_SELECT });
  if (!event) throw new AppError("NOT_FOUND", problem("ChoiceProblems.noEvent"));
  const { actor } = await loadProgramForChange(tx, viewer, event.programId, "event.manage");
  return { actor, event };
}
