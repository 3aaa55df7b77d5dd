// Build once, start many: whether `npm start` builds is decided by a hash of the sources' contents
// (a copied checkout, with new modification times, is still current), two instances starting
// together on one checkout build once, and NEXT_BUILD=never serves what is there or says why not.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureBuild } from "@/scripts/app-build";
import { LaunchError } from "@/scripts/cli";

let root: string;
let builds: number;

/** A stand-in for `next build`: takes a moment, writes .next/BUILD_ID. */
async function fakeBuild() {
  builds++;
  await new Promise((resolve) => setTimeout(resolve, 300));
  fs.mkdirSync(path.join(root, ".next"), { recursive: true });
  fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), `build-${builds}`);
}

const options = () => ({ root, build: fakeBuild });

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "lct-build-"));
  fs.mkdirSync(path.join(root, "app"));
  fs.writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() {}\n");
  fs.writeFileSync(path.join(root, "package.json"), "{}\n");
  builds = 0;
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("ensureBuild", () => {
  it("builds once when two instances start together on one checkout", async () => {
    const built = await Promise.all([ensureBuild("auto", options()), ensureBuild("auto", options())]);
    expect(builds).toBe(1);
    expect(built.sort()).toEqual([false, true]);
    expect(fs.existsSync(path.join(root, ".next-build.lock"))).toBe(false);
  });

  it("builds again when a source's contents change, not when only its modification time does", async () => {
    await ensureBuild("auto", options());
    const page = path.join(root, "app", "page.tsx");
    fs.utimesSync(page, new Date(), new Date(Date.now() + 60_000));
    expect(await ensureBuild("auto", options())).toBe(false);
    fs.appendFileSync(page, "// changed\n");
    expect(await ensureBuild("auto", options())).toBe(true);
    expect(builds).toBe(2);
  });

  it("serves a build copied to another directory without building it again", async () => {
    await ensureBuild("auto", options());
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "lct-build-copy-"));
    try {
      fs.cpSync(root, copy, { recursive: true, preserveTimestamps: false });
      expect(await ensureBuild("auto", { root: copy, build: fakeBuild })).toBe(false);
      expect(builds).toBe(1);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("takes over a lock left by a build whose process is gone", async () => {
    fs.writeFileSync(path.join(root, ".next-build.lock"), "2147483646\n");
    expect(await ensureBuild("auto", options())).toBe(true);
  });

  it("with NEXT_BUILD=never serves whatever build is there, and says what to do when there is none", async () => {
    await expect(ensureBuild("never", options())).rejects.toThrow(LaunchError);
    await expect(ensureBuild("never", options())).rejects.toThrow(/npm run build/);
    await ensureBuild("always", options());
    fs.appendFileSync(path.join(root, "app", "page.tsx"), "// changed\n");
    expect(await ensureBuild("never", options())).toBe(false);
    expect(builds).toBe(1);
  });
});
