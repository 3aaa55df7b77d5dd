import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { getProgram } from "./get-program";

/** The program for a page: null when it does not exist or the viewer may not see it. */
export function findProgram(viewer: Viewer, id: string) {
  return findOrNull(() => getProgram(viewer, id));
}
