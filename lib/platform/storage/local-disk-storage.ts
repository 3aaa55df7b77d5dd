import "server-only";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { FileStorage } from "./file-storage";
import { isStorageKey, newStorageKey } from "./storage-key";

/** Files in a directory on this machine, written atomically (a temporary file, then a rename). */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  get description(): string {
    return `the directory ${this.root}`;
  }

  async put(data: Uint8Array): Promise<string> {
    const key = newStorageKey();
    await this.write(key, data, "wx");
    return key;
  }

  async restore(key: string, data: Uint8Array): Promise<void> {
    if (!isStorageKey(key)) throw new Error(`Refusing to store a file under ${JSON.stringify(key)}: not a storage key.`);
    await this.write(key, data, "w");
  }

  async read(key: string) {
    if (!isStorageKey(key)) return null;
    const file = this.pathOf(key);
    try {
      const { size } = await fs.stat(file);
      return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    if (!isStorageKey(key)) return;
    await fs.rm(this.pathOf(key), { force: true });
  }

  async *keys(): AsyncIterable<string> {
    let entries: string[];
    try {
      entries = await fs.readdir(this.root, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries.sort()) {
      const key = entry.split(path.sep).join("/");
      if (isStorageKey(key)) yield key;
    }
  }

  private async write(key: string, data: Uint8Array, flag: "wx" | "w") {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.partial`;
    await fs.writeFile(temporary, data, { flag, mode: 0o640 });
    await fs.rename(temporary, target);
  }

  private pathOf(key: string): string {
    return path.join(this.root, ...key.split("/"));
  }
}
