// `npm start` checks every setting before it starts anything: a document store that is half
// configured stops the launcher with a message naming the variable, instead of a failed upload
// once the app is in service.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("npm start", () => {
  it("refuses to start with STORAGE=s3 and no bucket, naming the variable, before writing or opening anything", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-launcher-"));
    const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: ROOT,
      env: { ...process.env, STORAGE: "s3", S3_BUCKET: "", PORT: "3998", DATA_DIR: dataDir, DATABASE_URL: "", NODE_OPTIONS: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain("S3_BUCKET: is required when STORAGE=s3");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    // Neither a session secret nor a database was created.
    expect(fs.readdirSync(dataDir)).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses a WEB_CONCURRENCY that is no number of processes, naming the variable, before opening anything", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-launcher-"));
    const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: ROOT,
      env: { ...process.env, WEB_CONCURRENCY: "auto", PORT: "3998", DATA_DIR: dataDir, DATABASE_URL: "", NODE_OPTIONS: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain("WEB_CONCURRENCY: must be a number of server processes, e.g. 2");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(dataDir)).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
