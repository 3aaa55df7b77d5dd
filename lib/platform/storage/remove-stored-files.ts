import "server-only";
import { db } from "@/lib/platform/db";
import { logger } from "@/lib/platform/log";
import { fileStorage } from "./file-storage";
import { FILE_REMOVAL_LOCK } from "./file-removal-lock";

/** How long a removal waits for a running backup to finish copying files. */
const WAIT_SECONDS = 30;

/**
 * Removes the stored files of documents whose deletion is committed. It waits for a running backup
 * to finish copying files (see FILE_REMOVAL_LOCK), so that a document in the backup's snapshot keeps
 * its file until it is copied. A removal that cannot wait longer, or fails, leaves the files in
 * place: nothing refers to them any more, so they only take space, and the person's deletion, which
 * is already committed, is not reported as failed.
 */
export async function removeStoredFiles(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await db().$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${WAIT_SECONDS}s'`);
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FILE_REMOVAL_LOCK[0]}::int, ${FILE_REMOVAL_LOCK[1]}::int)`;
        await Promise.all(keys.map((key) => fileStorage().remove(key)));
      },
      { maxWait: 10_000, timeout: (WAIT_SECONDS + 60) * 1000 },
    );
  } catch (error) {
    logger.warn({ err: error, keys }, "stored files of deleted documents were left in place");
  }
}
