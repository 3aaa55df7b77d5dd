import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";
import type { TManifest } from "@/lib/platform/backup/manifest";

/** Unpacks an archive of `npm run backup` into a temporary folder the caller removes. */
export async function unpack(archive: string): Promise<{ dir: string; manifest: TManifest }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-unpacked-"));
  await tar.extract({ file: archive, cwd: dir });
  return { dir, manifest: JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as TManifest };
}

/** A copy of `archive` at `out` with `change` applied to its unpacked contents. */
export async function tampered(archive: string, out: string, change: (dir: string, manifest: TManifest) => void): Promise<string> {
  const { dir, manifest } = await unpack(archive);
  try {
    change(dir, manifest);
    await tar.create({ gzip: true, file: out, cwd: dir }, fs.readdirSync(dir));
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The stored keys the Document rows of an unpacked archive refer to, read from its COPY data. */
export function documentKeys(dir: string, manifest: TManifest): string[] {
  const table = manifest.tables.find((entry) => entry.name === "Document")!;
  const column = table.columns.indexOf("storageKey");
  const data = fs.readFileSync(path.join(dir, "tables", "Document.copy"), "utf8");
  return data
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split("\t")[column]!)
    .filter((key) => key !== "\\N");
}
