import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LaunchError } from "@/scripts/cli";
import { sessionSecret } from "@/scripts/session-secret";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-secret-"));
  dirs.push(dir);
  return dir;
}

describe("the session secret", () => {
  it("is generated once for the embedded database and kept, readable only by its owner", () => {
    const dir = dataDir();
    const first = sessionSecret({ DATA_DIR: dir });
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(sessionSecret({ DATA_DIR: dir })).toBe(first);
    expect(fs.statSync(path.join(dir, "nextauth-secret")).mode & 0o077).toBe(0);
  });

  it("is NEXTAUTH_SECRET when set", () => {
    expect(sessionSecret({ DATA_DIR: dataDir(), NEXTAUTH_SECRET: "s".repeat(40) })).toBe("s".repeat(40));
  });

  it("must be given with an external database", () => {
    expect(() => sessionSecret({ DATA_DIR: dataDir(), DATABASE_URL: "postgres://db/app" })).toThrow(LaunchError);
    expect(() => sessionSecret({ DATA_DIR: dataDir(), DATABASE_URL: "postgres://db/app" })).toThrow(/NEXTAUTH_SECRET is required/);
  });
});
