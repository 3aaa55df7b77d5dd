// The profiling pass, apart from the timed measurements so that the profiler does not slow them:
// for each route, a server started with V8's sampling profiler on (cpu-prof-preload.cjs: Node.js 20
// takes no --cpu-prof in NODE_OPTIONS), a short load at concurrency 10, and the server stopped
// (next start exits on SIGTERM, when the profile is written). Only the samples taken while the
// load ran are counted; start-up and shutdown are left out.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { summariseProfiles, type CpuProfile, type ProfileSummary } from "./cpu-profile";
import { startApp } from "./server";
import { sourceMapLocator } from "./source-maps";

export type RouteToProfile = { key: string; url: (base: string) => string; headers: Record<string, string> };

const PRELOAD = path.join(import.meta.dirname, "cpu-prof-preload.cjs");

/** The monotonic clock, in microseconds: the one V8's profiler stamps its samples with (Linux). */
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/** Profiles each route on its own server; a route whose profile cannot be read is left out, with the reason. */
export async function profileRoutes(
  routes: RouteToProfile[],
  { port, env, seconds, say }: { port: number; env: Record<string, string>; seconds: number; say: (line: string) => void },
): Promise<Record<string, ProfileSummary | { error: string }>> {
  const results: Record<string, ProfileSummary | { error: string }> = {};
  const locate = sourceMapLocator();
  for (const route of routes) {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "lct-cpu-prof-"));
    try {
      say(`  Profiling ${route.key}…`);
      const app = await startApp(port, { ...env, LCT_CPU_PROF_DIR: directory, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --require=${PRELOAD}`.trim() });
      let requests = 0;
      let window: { from: number; to: number };
      try {
        const url = route.url(app.url);
        // One request alone first: what a cold route computes is then ready (see measureRoute).
        await (await fetch(url, { headers: route.headers, signal: AbortSignal.timeout(600_000) })).arrayBuffer();
        // A warm-up, so that the profile shows the route's steady state, not its first request.
        await autocannon({ url, connections: 10, duration: Math.min(2, seconds), headers: route.headers, timeout: 60 });
        const from = monotonicMicros();
        const result = await autocannon({ url, connections: 10, duration: seconds, headers: route.headers, timeout: 60 });
        window = { from, to: monotonicMicros() };
        requests = result.requests.total;
      } finally {
        await app.stop();
      }
      const files = fs.readdirSync(directory).filter((file) => file.endsWith(".cpuprofile"));
      if (!files.length) throw new Error("the server wrote no CPU profile (it did not exit on SIGTERM in time?)");
      const profiles = files.map((file) => JSON.parse(fs.readFileSync(path.join(directory, file), "utf8")) as CpuProfile);
      const summary = summariseProfiles(profiles, requests, { window, locate });
      results[route.key] = summary;
      say(`    ${summary.msPerRequest.total} ms CPU/request sampled over ${requests} requests${summary.windowed ? "" : " (whole profile: no sample in the load's window)"}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results[route.key] = { error: message };
      say(`    not profiled: ${message}`);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  }
  return results;
}
