import "server-only";
import path from "node:path";
import { parseEnv, ZStorageEnv, type TStorageEnv } from "@/lib/platform/env";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";

/**
 * Where uploaded files are kept. The application only stores, reads and removes whole files under
 * keys the storage chooses, so an S3-compatible store can implement this without other changes.
 */
export interface FileStorage {
  /** Where the files are, for messages to the operator ("the directory …", "the bucket …"). */
  readonly description: string;
  /** Stores the bytes under a new key and returns the key. */
  put(data: Uint8Array): Promise<string>;
  /** The stored file as a stream, or null when nothing is stored under `key`. */
  read(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
  /** Removes the file; removing a missing file is not an error. */
  remove(key: string): Promise<void>;
  /** Stores a file from a backup under the key it had; only keys a storage could have made are accepted. */
  restore(key: string, data: Uint8Array): Promise<void>;
  /** Every key stored, for restores (is the store empty? what does --force replace?). */
  keys(): AsyncIterable<string>;
}

/** The storage that `settings` describe: a local directory, or an S3 bucket. */
export function createFileStorage(settings: TStorageEnv): FileStorage {
  if (settings.STORAGE === "s3") {
    const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = settings;
    return new S3Storage({
      bucket: settings.S3_BUCKET!,
      region: settings.S3_REGION,
      endpoint: settings.S3_ENDPOINT,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    });
  }
  // A directory chosen at run time, not part of the build: the bundler must not trace it.
  return new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ settings.UPLOAD_DIR ?? path.join(settings.DATA_DIR, "uploads")));
}

let storage: FileStorage | undefined;

/** The configured storage: STORAGE=s3 with the S3_* settings, or local disk under UPLOAD_DIR (default `.data/uploads`). */
export function fileStorage(): FileStorage {
  storage ??= createFileStorage(parseEnv(ZStorageEnv));
  return storage;
}
