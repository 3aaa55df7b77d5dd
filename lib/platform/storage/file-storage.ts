import "server-only";
import path from "node:path";
import { z } from "zod";
import { parseEnv } from "@/lib/platform/env";
import { LocalDiskStorage } from "./local-disk-storage";

/**
 * Where uploaded files are kept. The application only stores, reads and removes whole files under
 * keys the storage chooses, so an S3-compatible store can implement this without other changes.
 */
export interface FileStorage {
  /** Stores the bytes under a new key and returns the key. */
  put(data: Uint8Array): Promise<string>;
  /** The stored file as a stream, or null when nothing is stored under `key`. */
  read(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
  /** Removes the file; removing a missing file is not an error. */
  remove(key: string): Promise<void>;
}

const ZStorageEnv = z.object({
  DATA_DIR: z.string().trim().min(1).default(".data"),
  /** A directory for uploaded files; DATA_DIR/uploads by default. */
  UPLOAD_DIR: z.string().trim().min(1).optional(),
});

let storage: FileStorage | undefined;

/** The configured storage: local disk under UPLOAD_DIR (default `.data/uploads`). */
export function fileStorage(): FileStorage {
  if (!storage) {
    const { DATA_DIR, UPLOAD_DIR } = parseEnv(ZStorageEnv);
    // A directory chosen at run time, not part of the build: the bundler must not trace it.
    storage = new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ UPLOAD_DIR ?? path.join(DATA_DIR, "uploads")));
  }
  return storage;
}
