import "server-only";
import { after } from "next/server";
import { logger } from "@/lib/platform/log";

/**
 * Runs an import's work after the response, so that its page can show the progress at once; if this
 * process stops before the work ends, the background worker resumes it (resume-imports.ts).
 */
export function inBackground(importId: string, requestId: string, work: () => Promise<void>): void {
  after(() =>
    work().catch((error: unknown) => logger.error({ err: error instanceof Error ? { message: error.message } : String(error), importId, requestId }, "import stopped; the background worker will resume it")),
  );
}
