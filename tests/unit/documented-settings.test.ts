// Every setting the app reads is documented: the README's configuration table and the deployment
// guide's settings table both name each variable declared in lib/platform/env.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZLauncherEnv, ZServerEnv, ZStorageEnv } from "@/lib/platform/env";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The variables an operator sets (NODE_ENV is the framework's, not ours). */
function settings(): string[] {
  const shapes = [ZLauncherEnv.shape, ZServerEnv.shape, ZStorageEnv.shape];
  const names = new Set(shapes.flatMap((shape) => Object.keys(shape)));
  names.delete("NODE_ENV");
  return [...names].sort();
}

describe("documented settings", () => {
  it("finds the settings to check", () => {
    expect(settings()).toEqual(expect.arrayContaining(["DATABASE_URL", "STORAGE", "METRICS_TOKEN", "API_RATE_LIMIT", "PASSWORD_LINK_HOURS"]));
  });

  it.each(["README.md", "docs/deploy.md"])("%s names every setting in a table row", (file) => {
    const text = read(file);
    const missing = settings().filter((name) => !new RegExp(`^\\|[^\\n]*\`${name}\``, "m").test(text));
    expect(missing).toEqual([]);
  });
});
