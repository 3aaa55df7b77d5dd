import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { loadPublishFacts } from "./load-publish-facts";
import { publishBlockers, publishChecklist, type ChecklistItem } from "./publish-checklist";

/**
 * The publishing checklist of a program the viewer may read (not found otherwise): each item done
 * or missing, blocking or advice, and the blocking items still missing.
 */
export async function getPublishChecklist(viewer: Viewer, programId: string): Promise<{ items: ChecklistItem[]; blockers: ChecklistItem[] }> {
  const client = db();
  await loadProgramForRead(client, viewer, programId);
  const items = publishChecklist(await loadPublishFacts(client, programId));
  return { items, blockers: publishBlockers(items) };
}
