// Backup and restore: an archive of the database and the uploaded documents, restored into an empty
// database and upload store exactly as it was; refused into a non-empty one unless forced; refused
// when damaged; consistent while documents are added and removed during the backup; and the CLI.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createBackup } from "@/lib/platform/backup/create-backup";
import { restoreBackup } from "@/lib/platform/backup/restore-backup";
import { PROJECT_ROOT } from "@/lib/platform/db/migrate";
import { createFileStorage, fileStorage, type FileStorage } from "@/lib/platform/storage/file-storage";
import { removeStoredFiles } from "@/lib/platform/storage/remove-stored-files";
import { seedDemoData } from "@/prisma/seed/demo";
import { adminQuery, dropDatabase, withDatabaseName } from "./helpers/database-url";
import { documentKeys, tampered, unpack } from "./helpers/backup-archive";
import { startS3Server } from "./helpers/s3-server";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "lct-backup-test-"));
const sourceUploads = path.join(work, "uploads");
process.env.UPLOAD_DIR = sourceUploads;

const test = provideTestDatabase();
bindAppDatabase(test);

const adminUrl = inject("adminUrl");
const targets: string[] = [];
/** A database of its own with nothing in it, not even the migrations. */
async function emptyDatabase(): Promise<string> {
  const name = `lct_restore_${randomBytes(5).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  targets.push(name);
  return withDatabaseName(adminUrl, name);
}
/** A database with the migrations applied and no rows: the template's copy without its reference data. */
async function migratedEmptyDatabase(): Promise<string> {
  const name = `lct_restore_${randomBytes(5).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
  targets.push(name);
  const url = withDatabaseName(adminUrl, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DELETE FROM "Currency"; DELETE FROM "Country"`);
  await client.end();
  return url;
}
const localStorage = (dir: string) => createFileStorage({ STORAGE: "local", DATA_DIR: work, UPLOAD_DIR: dir, S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: false });

afterAll(async () => {
  for (const name of targets) await dropDatabase(adminUrl, name);
  fs.rmSync(work, { recursive: true, force: true });
});

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Uploads a file the way attachDocument stores one: into the storage, then a Document row describing it. */
async function uploadDocument(programId: string, data: Uint8Array, title = `File ${randomBytes(3).toString("hex")}`) {
  const storageKey = await fileStorage().put(data);
  return test.db.document.create({
    data: { title, category: "A07", programId, storageKey, fileName: `${title}.txt`, contentType: "text/plain; charset=utf-8", sizeBytes: data.byteLength, checksum: sha256(data) },
  });
}

/** Every app table's row count and an md5 of its rows, computed by PostgreSQL, independently of the backup code. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      // The page cache's tables hold copies of pages, not data: a backup leaves them out.
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND tablename NOT LIKE 'PageCache%' ORDER BY 1",
    );
    const result: Record<string, { rows: number; md5: string | null }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; md5: string | null }>(`SELECT count(*)::int AS rows, md5(string_agg(t::text, ',' ORDER BY t::text)) AS md5 FROM "${name}" t`);
      result[name] = rows[0]!;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function storedFiles(storage: FileStorage): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for await (const key of storage.keys()) {
    const file = await storage.read(key);
    files[key] = sha256(new Uint8Array(await new Response(file!.stream).arrayBuffer()));
  }
  return files;
}

let archive: string;
let programId: string;

beforeAll(async () => {
  await seedDemoData(test.db);
  const program = await test.db.cooperationProgram.findFirstOrThrow({ select: { id: true } });
  programId = program.id;
  // Values COPY must escape, and bytes that are not text.
  await test.db.organisation.create({ data: { name: "Tab\there, newline\nthere, back\\slash, “quotes”, 中文", kind: "NGO" } });
  await uploadDocument(programId, new TextEncoder().encode("Informe anual\n"), "Informe");
  await uploadDocument(programId, Uint8Array.from(randomBytes(200_000)), "Binary");
  await uploadDocument(programId, new TextEncoder().encode("Minutes of the council\n"), "Minutes");
  await test.db.auditEvent.create({ data: { action: "test.backup", entityType: "Test", entityId: "1", after: { note: "kept" } } });
  archive = path.join(work, "tracker.tar.gz");
  await createBackup({ url: test.url, storage: fileStorage(), out: archive });
});

describe("a backup restored into an empty database and upload store", () => {
  it("has every table's rows and every file exactly as they were", async () => {
    const targetUrl = await emptyDatabase();
    const targetStorage = localStorage(path.join(work, "restored-uploads"));
    const { manifest } = await restoreBackup({ url: targetUrl, storage: targetStorage, file: archive });

    const source = await fingerprint(test.url);
    expect(await fingerprint(targetUrl)).toEqual(source);
    expect(source.Organisation!.rows).toBeGreaterThan(5);
    expect(source.Document!.rows).toBeGreaterThan(3);
    expect(manifest.files).toHaveLength(3);
    expect(manifest.missingFiles).toEqual([]);
    expect(await storedFiles(targetStorage)).toEqual(await storedFiles(fileStorage()));
    const documents = await test.db.document.findMany({ where: { storageKey: { not: null } }, select: { storageKey: true, checksum: true } });
    const restored = await storedFiles(targetStorage);
    for (const document of documents) expect(restored[document.storageKey!]).toBe(document.checksum);
  });

  it("is refused into a database that holds data, saying what it holds, and changes nothing", async () => {
    const targetStorage = localStorage(path.join(work, "refused-uploads"));
    const before = await fingerprint(test.url);
    await expect(restoreBackup({ url: test.url, storage: targetStorage, file: archive })).rejects.toThrow(
      /The target is not empty: it holds \d+ rows in \d+ tables \(.*Organisation \d+.*\) in the database and 0 files in the directory .*--force/,
    );
    expect(await fingerprint(test.url)).toEqual(before);
    expect(await storedFiles(targetStorage)).toEqual({});
  });

  it("replaces what the target holds with --force, saying what it replaces", async () => {
    const targetUrl = await migratedEmptyDatabase();
    const targetStorage = localStorage(path.join(work, "forced-uploads"));
    await restoreBackup({ url: targetUrl, storage: targetStorage, file: archive });
    const client = new pg.Client({ connectionString: targetUrl });
    await client.connect();
    await client.query(`INSERT INTO "Organisation" (id, name, kind, "updatedAt") VALUES ('extra', 'Added after', 'NGO', now())`);
    await client.end();
    const stray = await targetStorage.put(new TextEncoder().encode("not in the backup"));

    const messages: string[] = [];
    const { replaced } = await restoreBackup({ url: targetUrl, storage: targetStorage, file: archive, force: true, log: (line) => messages.push(line) });
    expect(replaced).toMatch(/rows in \d+ tables .* and 4 files in the directory/);
    expect(messages.join("\n")).toMatch(/--force: replacing/);
    expect(await fingerprint(targetUrl)).toEqual(await fingerprint(test.url));
    expect(Object.keys(await storedFiles(targetStorage))).not.toContain(stray);
  });

  it("leaves the page cache out, and leaves no page of what the target held servable", async () => {
    const targetUrl = await migratedEmptyDatabase();
    const targetStorage = localStorage(path.join(work, "cache-uploads"));
    const { manifest } = await restoreBackup({ url: targetUrl, storage: targetStorage, file: archive });
    expect(manifest.tables.map((table) => table.name).filter((name) => name.startsWith("PageCache"))).toEqual([]);

    const client = new pg.Client({ connectionString: targetUrl });
    await client.connect();
    try {
      const generation = async () => (await client.query<{ generation: string }>(`SELECT "generation"::text FROM "PageCacheGeneration"`)).rows[0]!.generation;
      const before = await generation();
      await client.query(
        `INSERT INTO "PageCacheEntry" ("key", "generation", "status", "headers", "body", "gzipBody", "etag", "csp", "expiresAt")
         VALUES ('/ en  http', $1, 200, '{}', 'old page', 'old page', '"x"', '', now() + interval '1 hour')`,
        [before],
      );
      await restoreBackup({ url: targetUrl, storage: targetStorage, file: archive, force: true });
      expect((await client.query(`SELECT "key" FROM "PageCacheEntry"`)).rows).toEqual([]);
      expect(BigInt(await generation())).toBeGreaterThan(BigInt(before));
    } finally {
      await client.end();
    }
  });
});

describe("a backup with the documents in an S3 bucket", () => {
  it("restores into a bucket and is backed up from it again with the same tables and files", async () => {
    const s3 = await startS3Server("restored");
    try {
      const bucket = createFileStorage({ STORAGE: "s3", DATA_DIR: work, S3_BUCKET: s3.bucket, S3_ENDPOINT: s3.endpoint, S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: true });
      const targetUrl = await migratedEmptyDatabase();
      const { manifest: original } = await restoreBackup({ url: targetUrl, storage: bucket, file: archive });
      expect(await storedFiles(bucket)).toEqual(await storedFiles(fileStorage()));

      const again = await createBackup({ url: targetUrl, storage: bucket, out: path.join(work, "from-s3.tar.gz") });
      expect(again.tables).toEqual(original.tables);
      expect(again.files).toEqual(original.files);
    } finally {
      await s3.stop();
    }
  });
});

describe("a damaged or foreign archive", () => {
  const target = { url: "" };
  beforeAll(async () => {
    target.url = withDatabaseName(adminUrl, "never_used_by_a_refused_restore");
  });
  const refuse = (file: string) => restoreBackup({ url: target.url, storage: localStorage(path.join(work, "never")), file });

  it("is refused when a table's data was changed, naming the table", async () => {
    const file = await tampered(archive, path.join(work, "table.tar.gz"), (dir) => {
      const data = path.join(dir, "tables", "Organisation.copy");
      fs.writeFileSync(data, fs.readFileSync(data, "utf8").replace("Tab", "Tac"));
    });
    await expect(refuse(file)).rejects.toThrow(/is damaged: the data of table "Organisation" does not match its checksum/);
  });

  it("is refused when a stored file was changed, naming the file", async () => {
    let key = "";
    const file = await tampered(archive, path.join(work, "file.tar.gz"), (dir, manifest) => {
      key = manifest.files[0]!.key;
      fs.appendFileSync(path.join(dir, "files", key), "!");
    });
    await expect(refuse(file)).rejects.toThrow(new RegExp(`is damaged: the stored file ${key} does not match its checksum`));
  });

  it("is refused when it was cut short, as by a copy that did not finish", async () => {
    const bytes = fs.readFileSync(archive);
    const file = path.join(work, "cut.tar.gz");
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(refuse(file)).rejects.toThrow(/cut\.tar\.gz is not a backup made by `npm run backup`: it cannot be unpacked \(zlib: unexpected end of file\)/);
  });

  it("is refused when it was made with other migrations, saying which version restores it", async () => {
    const file = await tampered(archive, path.join(work, "older.tar.gz"), (dir, manifest) => {
      fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ ...manifest, appVersion: "0.0.9", migrations: manifest.migrations.slice(0, -1) }));
    });
    await expect(refuse(file)).rejects.toThrow(/made by an older version of the tracker \(0\.0\.9.*Restore it with version 0\.0\.9, then upgrade/);
  });

  it("is refused when it is not a backup at all", async () => {
    const text = path.join(work, "notes.txt");
    fs.writeFileSync(text, "hello");
    await expect(refuse(text)).rejects.toThrow(/notes\.txt is not a backup made by `npm run backup`: it is not a gzip-compressed tar archive/);
    const other = path.join(work, "other.tar.gz");
    fs.mkdirSync(path.join(work, "other"));
    fs.writeFileSync(path.join(work, "other", "readme.md"), "#");
    const tar = await import("tar");
    await tar.create({ gzip: true, file: other, cwd: path.join(work, "other") }, ["readme.md"]);
    await expect(refuse(other)).rejects.toThrow(/is not a backup made by `npm run backup`: it holds no manifest\.json/);
    await expect(refuse(path.join(work, "absent.tar.gz"))).rejects.toThrow(/Cannot read .*absent\.tar\.gz: there is no such file/);
  });

  it("is not written where it cannot be", async () => {
    await expect(createBackup({ url: test.url, storage: fileStorage(), out: path.join(work, "no", "such", "folder", "b.tar.gz") })).rejects.toThrow(/the folder does not exist/);
    await expect(createBackup({ url: test.url, storage: fileStorage(), out: archive })).rejects.toThrow(/already exists/);
  });
});

describe("a backup taken while documents are added and removed", () => {
  it("holds the stored file of every document row it holds", async () => {
    const doomed = [];
    for (let i = 0; i < 12; i += 1) doomed.push(await uploadDocument(programId, new TextEncoder().encode(`to be removed ${i}\n`)));
    for (let i = 0; i < 20; i += 1) await uploadDocument(programId, new TextEncoder().encode(`kept ${i}\n`));
    // Reads made slow, so that removals and uploads fall while the backup copies files.
    const real = fileStorage();
    const slow: FileStorage = {
      description: real.description,
      put: (data) => real.put(data),
      read: async (key) => (await new Promise((resolve) => setTimeout(resolve, 20)), real.read(key)),
      remove: (key) => real.remove(key),
      restore: (key, data) => real.restore(key, data),
      keys: () => real.keys(),
    };
    const out = path.join(work, "during-writes.tar.gz");
    const backup = createBackup({ url: test.url, storage: slow, out });
    // Removed as the app removes a document: the row in a committed transaction, then its file.
    const removals = doomed.map(async (document, i) => {
      await new Promise((resolve) => setTimeout(resolve, 30 * i));
      await test.db.document.delete({ where: { id: document.id } });
      await removeStoredFiles([document.storageKey!]);
    });
    const uploads = Array.from({ length: 10 }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, 25 * i));
      await uploadDocument(programId, new TextEncoder().encode(`added during the backup ${i}\n`));
    });
    const manifest = await backup;
    await Promise.all([...removals, ...uploads]);

    const { dir } = await unpack(out);
    try {
      expect(manifest.missingFiles).toEqual([]);
      const keys = documentKeys(dir, manifest);
      expect(keys.length).toBeGreaterThanOrEqual(23);
      const archived = new Map(manifest.files.map((file) => [file.key, file.sha256]));
      for (const key of keys) {
        expect(archived.has(key), key).toBe(true);
        expect(sha256(fs.readFileSync(path.join(dir, "files", key)))).toBe(archived.get(key));
      }
      expect(manifest.files).toHaveLength(keys.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Once the backup is done, the removed documents' files go.
    for (const document of doomed) expect(await fileStorage().read(document.storageKey!)).toBeNull();
  });
});

describe("the command line", () => {
  const run = (script: string, args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync("npx", ["tsx", script, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: test.url, UPLOAD_DIR: sourceUploads, STORAGE: "local", LOG_LEVEL: "info", ...env },
      encoding: "utf8",
      timeout: 60_000,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it("writes a backup with npm run backup -- --out FILE and says what it holds", async () => {
    const out = path.join(work, "cli.tar.gz");
    const { status, output } = run("scripts/backup.ts", ["--out", out]);
    expect(status, output).toBe(0);
    expect(output).toMatch(/Backed up \d+ rows in \d+ tables and \d+ files \(.* MB\) to .*cli\.tar\.gz/);
    const { dir, manifest } = await unpack(out);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(manifest.tables.find((table) => table.name === "Document")!.rows).toBe(await test.db.document.count());
  });

  it("explains a missing --out, a file that is not a backup and a database it cannot reach, without a stack trace", () => {
    const noOut = run("scripts/backup.ts", []);
    expect(noOut.status).toBe(1);
    expect(noOut.output).toMatch(/Say where to write the backup\. Usage: npm run backup -- --out FILE/);

    fs.writeFileSync(path.join(work, "plain.txt"), "plain");
    const foreign = run("scripts/restore.ts", [path.join(work, "plain.txt")]);
    expect(foreign.status).toBe(1);
    expect(foreign.output).toMatch(/plain\.txt is not a backup made by `npm run backup`/);

    const unreachable = run("scripts/backup.ts", ["--out", path.join(work, "x.tar.gz")], { DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/tracker" });
    expect(unreachable.status).toBe(1);
    expect(unreachable.output).toMatch(/127\.0\.0\.1:1/);
    for (const { output } of [noOut, foreign, unreachable]) expect(output).not.toMatch(/\n\s+at /);
  });
});
