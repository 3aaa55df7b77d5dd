import type { Viewer } from "@/lib/platform/authz";
import { ZPageQuery } from "@/lib/platform/api/pagination";
import { listProgramHistory } from "@/lib/domain/programs/list-program-history";
import { ProgramHistory } from "./program-history";

/** The program's history, a page at a time from the cursor in the URL. */
export async function HistoryTab({ viewer, programId, cursor }: { viewer: NonNullable<Viewer>; programId: string; cursor?: string }) {
  return <ProgramHistory programId={programId} page={await listProgramHistory(viewer, programId, ZPageQuery.safeParse({ cursor }).data ?? { limit: 25 })} />;
}
