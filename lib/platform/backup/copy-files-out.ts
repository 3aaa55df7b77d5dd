import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { FileStorage } from "@/lib/platform/storage/file-storage";
import { hashingStream } from "./hash-file";
import { filePath, type TManifest } from "./manifest";

export type DocumentFile = { documentId: string; key: string; checksum: string | null };

/**
 * Copies the stored file of each document into `dir`, read through the configured storage (a
 * directory or a bucket alike), and describes each by size and SHA-256. A file already missing from
 * the store is listed, not fatal: the backup still saves everything else. `warn` hears of files
 * whose contents no longer match the checksum taken when they were uploaded.
 */
export async function copyFilesOut(storage: FileStorage, documents: DocumentFile[], dir: string, warn: (message: string) => void) {
  const files: TManifest["files"] = [];
  const missingFiles: TManifest["missingFiles"] = [];
  for (const document of documents) {
    const stored = await storage.read(document.key);
    if (!stored) {
      missingFiles.push({ documentId: document.documentId, key: document.key });
      warn(`The stored file of document ${document.documentId} (${document.key}) is missing from ${storage.description}; the backup goes on without it.`);
      continue;
    }
    const target = path.join(dir, filePath(document.key));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const hashing = hashingStream();
    await pipeline(Readable.fromWeb(stored.stream as NodeReadableStream<Uint8Array>), hashing.stream, fs.createWriteStream(target, { mode: 0o600 }));
    const { sha256, bytes } = hashing.result();
    if (document.checksum && sha256 !== document.checksum) {
      warn(`The stored file of document ${document.documentId} (${document.key}) no longer matches the checksum recorded at upload; it is saved as it is now.`);
    }
    files.push({ key: document.key, size: bytes, sha256 });
  }
  return { files, missingFiles };
}
