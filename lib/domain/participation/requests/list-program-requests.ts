import "server-only";
import type { TPageQuery } from "@/lib/platform/api/pagination";
import { requireSignedIn, type Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import { pageOfRequests, requestReadWhere } from "./request-rules";

/** The requests on one program that the viewer may see, newest first, paged by keyset. */
export async function listProgramRequests(viewer: Viewer, programId: string, { limit, cursor }: TPageQuery = { limit: 100 }) {
  requireSignedIn(viewer);
  await loadProgramForRead(db(), viewer, programId);
  return pageOfRequests({ AND: [{ programId }, requestReadWhere(viewer)] }, "desc", { limit, cursor });
}
