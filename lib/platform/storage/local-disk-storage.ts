import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { FileStorage } from "./file-storage";

/** Keys are made here, never from user input: a year, a month and a random id. */
const KEY = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Files in a directory on this machine, written atomically (a temporary file, then a rename). */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(data: Uint8Array): Promise<string> {
    const now = new Date();
    const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.partial`;
    await fs.writeFile(temporary, data, { flag: "wx", mode: 0o640 });
    await fs.rename(temporary, target);
    return key;
  }

  async read(key: string) {
    if (!KEY.test(key)) return null;
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
    if (!KEY.test(key)) return;
    await fs.rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return path.join(this.root, ...key.split("/"));
  }
}
