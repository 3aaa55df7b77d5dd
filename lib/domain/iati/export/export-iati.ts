import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { AppError } from "@/lib/platform/errors/app-error";
import type { TProgramFilter } from "@/lib/domain/programs/schemas";
import { activityBatches } from "./query";
import { iatiActivitiesStream } from "./stream";
import type { ExportedProgram } from "./types";

// The export's steps: the query that builds each program's document (query.ts), the writers of
// each group of elements (activity.ts and the files it calls), and the stream (stream.ts).
/**
 * The IATI file of the programs the list shows for `filter` (or of the one program `programId`). The first batch is read before
 * anything is sent, so that a failure is answered with the API's error shape, and an empty set is
 * refused: an IATI file holds at least one activity.
 */
export async function iatiExport(viewer: Viewer, filter: TProgramFilter, documentUrl: (documentId: string) => string, programId?: string): Promise<ReadableStream<Uint8Array>> {
  const iterator = activityBatches(viewer, filter, programId);
  const first = await iterator.next();
  if (first.done) {
    throw new AppError("NOT_FOUND", programId ? "There is no such program, or you may not read it." : "No program you may read matches these filters, and an IATI file holds at least one activity.");
  }
  async function* batches() {
    yield first.value as ExportedProgram[];
    yield* iterator;
  }
  return iatiActivitiesStream(batches(), documentUrl);
}
