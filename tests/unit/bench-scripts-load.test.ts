import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The benchmark scripts run under the react-server condition (`npm run bench:data`, `npm run bench`),
// so that modules marked server-only load outside Next.js. Everything they import must load there:
// React's server build has no hooks, and a module reaching next-intl's React entry breaks them.

/** The modules the two scripts import (the scripts themselves would start running). */
const MODULES = [
  "bench/bench-database.ts",
  "bench/data/program.ts",
  "bench/data/tables.ts",
  "bench/data/world.ts",
  "bench/load/measure.ts",
  "bench/load/report.ts",
  "bench/load/server.ts",
  "lib/platform/api-tokens/token-hash.ts",
  "lib/platform/auth/password.ts",
];

describe("the benchmark scripts' modules", () => {
  it("load under the react-server condition", () => {
    const source = MODULES.map((file) => `await import(${JSON.stringify(path.resolve(file))});`).join("\n");
    const loaded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", source], { encoding: "utf8", timeout: 60_000 });
    expect(loaded.stderr).not.toMatch(/does not provide an export named/);
    expect(loaded.status, loaded.stderr).toBe(0);
  });
});
