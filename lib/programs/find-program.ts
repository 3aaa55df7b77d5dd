import "server-only";
import type { Viewer } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { getProgram } from "./get-program";

/** The program for a page: null when it does not exist or the viewer may not see it. */
export async function findProgram(viewer: Viewer, id: string) {
  try {
    return await getProgram(viewer, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
