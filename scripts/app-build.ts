// The production build in .next: made once, then served by as many instances as wanted. A build is
// current when the stamp written beside it matches a hash of the sources' contents (not their
// modification times, which a copied or freshly checked-out tree does not keep). Builds on one
// checkout take a lock file, so that instances starting together build once: the others wait, then
// find the build current.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "@/lib/platform/db/migrate";
import { LaunchError, log } from "./cli";

const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
/** What a production build is made from. */
const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package.json", "package-lock.json", "tsconfig.json"];
/** A lock older than this is left over from a build that died with its machine. */
const LOCK_STALE_MS = 30 * 60_000;

/** `auto`: build when there is no current build; `never`: serve what is there; `always`: build. */
export type BuildMode = "auto" | "never" | "always";

/** Where the build, its stamp and its lock live: the checkout (another directory in tests). */
export type BuildOptions = { root?: string; build?: () => Promise<void> };

const files = (root: string) => ({
  stamp: path.join(root, ".next", "source-hash"),
  buildId: path.join(root, ".next", "BUILD_ID"),
  lock: path.join(root, ".next-build.lock"),
});

/** A hash of every build input's path and contents. */
export function sourceHash(root = PROJECT_ROOT): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const entry of fs.readdirSync(full).sort()) visit(path.join(relative, entry));
      return;
    }
    hash.update(`${relative}\0`).update(fs.readFileSync(full)).update("\0");
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

function isCurrent(root: string, hash: string): boolean {
  const { buildId, stamp } = files(root);
  return fs.existsSync(buildId) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === hash;
}

/** Makes sure there is a build to serve, as `mode` says; returns whether this call built it. */
export async function ensureBuild(mode: BuildMode, { root = PROJECT_ROOT, build = () => runNext(["build"]) }: BuildOptions = {}): Promise<boolean> {
  if (mode === "never") {
    if (!fs.existsSync(files(root).buildId)) throw new LaunchError("There is no build to serve in .next (NEXT_BUILD=never): run `npm run build` first, or copy .next from where it was built.");
    return false;
  }
  if (mode === "auto" && isCurrent(root, sourceHash(root))) return false;
  const release = await takeBuildLock(files(root).lock);
  try {
    // Another instance may have built while this one waited.
    const hash = sourceHash(root);
    if (mode === "auto" && isCurrent(root, hash)) return false;
    log.info(mode === "always" ? "Building the app…" : "Building the app (first start or changed sources)…");
    await build();
    fs.writeFileSync(files(root).stamp, `${hash}\n`);
    return true;
  } finally {
    release();
  }
}

/** Takes the build lock, waiting while another live build holds it; returns its release. */
async function takeBuildLock(lock: string): Promise<() => void> {
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: "wx" });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (lockIsStale(lock)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (!told) log.info(`Another process is building the app (${path.basename(lock)}); waiting for it…`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** True when the lock's process is gone, or the lock is too old to be a running build's. */
function lockIsStale(lock: string): boolean {
  try {
    const pid = Number(fs.readFileSync(lock, "utf8").trim());
    if (Date.now() - fs.statSync(lock).mtimeMs > LOCK_STALE_MS) return true;
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // No such process (ESRCH), or the lock went away meanwhile (ENOENT): either way, try again.
    return ["ESRCH", "ENOENT"].includes((error as NodeJS.ErrnoException).code ?? "");
  }
}

/** Next.js's environment: ours, with its usage telemetry off unless asked for (as scripts/start.ts serves it). */
function nextEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
}

/** Runs the Next.js CLI to completion, failing with its exit code. */
function runNext(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...nextEnv(), NODE_ENV: "production" } });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new LaunchError(`next ${args.join(" ")} failed (exit code ${code}).`))));
  });
}
