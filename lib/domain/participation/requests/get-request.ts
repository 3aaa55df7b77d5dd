import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { loadRequest, type ParticipationRequestView } from "./request-rules";

/** One request to take part, if the viewer may see it. */
export async function getRequest(viewer: Viewer, id: string): Promise<ParticipationRequestView> {
  return loadRequest(db(), viewer, id);
}
