// The production server a load benchmark drives: built with `next build`, started with `next start`
// on the benchmark database (or, with WEB_CONCURRENCY above 1, with that many `next start` behind
// scripts/serve-cluster.cjs, as `npm start` does), and watched for its memory and CPU (its whole
// process tree).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "@/lib/platform/db/migrate";

const NEXT = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
const SERVE_CLUSTER = path.join(PROJECT_ROOT, "scripts", "serve-cluster.cjs");
const SERVER_HOOK = path.join(PROJECT_ROOT, "scripts", "server-hook.cjs");

/** Runs a command to completion with its output shown, or throws with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} ended with ${signal ?? `exit code ${code}`}`))));
  });
}

/** `next build`, as `npm run build` does. */
export const buildApp = () => run(process.execPath, [NEXT, "build"], { ...process.env, NODE_ENV: "production" });

export type AppServer = { url: string; pid: number; stop: () => Promise<void> };

/**
 * Starts the server on `port` with the given database, and waits until /api/health answers 200.
 * `env.WEB_CONCURRENCY` (or `processes`) server processes: 1 by default, a lone `next start` as in
 * earlier reports; more go through the cluster primary `npm start` uses, which loads the server
 * hook into each (request metrics, the draining stop). A `--cpu-prof` in NODE_OPTIONS reaches
 * every process (on the command line: profilingFlags), and each writes its profile when stopped.
 */
export async function startApp(port: number, env: Record<string, string>, { processes = Number(env.WEB_CONCURRENCY ?? 1) } = {}): Promise<AppServer> {
  if (!Number.isInteger(processes) || processes < 1) throw new Error(`WEB_CONCURRENCY must be a whole number of processes, at least 1; got ${env.WEB_CONCURRENCY}`);
  // A server left on the port (a run that was killed) would answer the health check below, and the
  // benchmark would measure it, an older build perhaps, instead of this one.
  if (await listening(port)) throw new Error(`Something already listens on port ${port} (a server left by an earlier run?): stop it, or choose another port with --port.`);
  const args = ["--port", String(port), "--hostname", "127.0.0.1"];
  const command = processes === 1 ? [NEXT, "start", ...args] : [SERVE_CLUSTER, ...args];
  const { profiling, nodeOptions } = profilingFlags(env.NODE_OPTIONS ?? process.env.NODE_OPTIONS);
  // A lone `next start` gets the server hook as `npm start` gives it (the shared page cache, request
  // metrics, the draining stop); the cluster primary gives it to each of its processes.
  const hooked = processes === 1 ? [`--require=${JSON.stringify(SERVER_HOOK)}`, nodeOptions].filter(Boolean).join(" ") : nodeOptions;
  // The cluster's workers inherit the primary's command-line flags: each profiles itself.
  const child = spawn(process.execPath, [...profiling, ...command], {
    cwd: PROJECT_ROOT,
    // No grace period on stop: no load balancer waits for the benchmark's server to report not ready.
    env: { ...process.env, NODE_ENV: "production", SHUTDOWN_GRACE_MS: "0", ...env, NODE_OPTIONS: hooked, WEB_CONCURRENCY: String(processes) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output.join("")}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`The server did not answer /api/health within 60 s:\n${output.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Node.js 20 refuses `--cpu-prof` and `--heap-prof` (and their `-dir`, `-name`, `-interval`) in
 * NODE_OPTIONS: they are taken out of it, to be given on the command line instead.
 */
export function profilingFlags(nodeOptions = ""): { profiling: string[]; nodeOptions: string } {
  const words = nodeOptions.split(/\s+/).filter(Boolean);
  const isProfiling = (word: string) => /^--(cpu|heap)-prof(-(dir|name|interval)(=.*)?)?$/.test(word);
  return { profiling: words.filter(isProfiling), nodeOptions: words.filter((word) => !isProfiling(word)).join(" ") };
}

/** SIGTERM, and a wait for the exit (time for each process to write its CPU profile); SIGKILL after 30 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The process and its descendants, from /proc (Linux). */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let index = 0; index < pids.length; index++) {
    const current = pids[index]!;
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended meanwhile.
      }
    }
  }
  return pids;
}

/** The resident set of the process tree, in bytes. */
export function treeRss(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const match = fs.readFileSync(`/proc/${member}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** Samples the tree's resident set every 100 ms until stopped; the peak and the last value seen. */
export function watchMemory(pid: number) {
  let peak = treeRss(pid);
  const start = peak;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, 100);
  return {
    start,
    stop: () => {
      clearInterval(timer);
      return { startBytes: start, peakBytes: Math.max(peak, treeRss(pid)) };
    },
  };
}

/** Clock ticks per second of /proc's CPU times: USER_HZ, 100 on every Linux architecture Node.js runs on. */
const TICKS_PER_SECOND = 100;

/** The CPU time (user and system) the process tree has used, in seconds. */
export function treeCpuSeconds(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    try {
      // The command name in parentheses may hold spaces; the fields after it are fixed.
      const fields = fs.readFileSync(`/proc/${member}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** The machine's busy and total CPU time over all cores, in seconds, from /proc/stat. */
function machineCpuSeconds(): { busy: number; total: number } {
  const times = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = times.reduce((sum, value) => sum + value, 0);
  const idle = (times[3] ?? 0) + (times[4] ?? 0);
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

/**
 * Measures CPU from now until stopped: the server's process tree in seconds and as a share of one
 * core, and how busy the whole machine was (server, PostgreSQL, the load generator and the rest).
 */
export function watchCpu(pid: number) {
  const started = performance.now();
  const server = treeCpuSeconds(pid);
  const machine = machineCpuSeconds();
  return {
    stop: () => {
      const seconds = (performance.now() - started) / 1000;
      const serverSeconds = treeCpuSeconds(pid) - server;
      const after = machineCpuSeconds();
      return {
        serverSeconds,
        serverCoreShare: seconds > 0 ? serverSeconds / seconds : NaN,
        machineShare: after.total > machine.total ? (after.busy - machine.busy) / (after.total - machine.total) : NaN,
      };
    },
  };
}
