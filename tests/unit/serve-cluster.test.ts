// scripts/serve-cluster.cjs, the primary that serves WEB_CONCURRENCY processes behind one port, with
// a stand-in for `next start` as its workers (tests/fixtures/serve-cluster): the connections are
// spread over the workers, a worker that dies is replaced, a SIGTERM drains them all, and a scrape
// of one worker reports them all. tests/e2e/processes.spec.ts does the same with the real server.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../integration/helpers/free-port";

const PRIMARY = path.resolve(import.meta.dirname, "../fixtures/serve-cluster/primary.cjs");

let primary: ChildProcess | undefined;
let output = "";

afterEach(() => {
  if (primary && primary.exitCode === null && primary.signalCode === null) primary.kill("SIGKILL");
  primary = undefined;
  output = "";
});

function start(port: number, env: Record<string, string> = {}) {
  primary = spawn(process.execPath, [PRIMARY, "--port", String(port)], {
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", SHUTDOWN_GRACE_MS: "0", WEB_CONCURRENCY: "2", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  primary.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  primary.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => primary!.once("exit", (code) => resolve(code)));
  return { exited };
}

/** GET on a connection of its own (the primary hands out connections, not requests): status and body. */
function get(port: number, pathname = "/"): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject)
      .setTimeout(5_000, function (this: http.ClientRequest) {
        this.destroy(new Error(`GET ${pathname}: no answer within 5 s`));
      });
  });
}

/** The pids that answer `count` requests. */
async function answeringPids(port: number, count = 8): Promise<Set<string>> {
  const pids = new Set<string>();
  for (let index = 0; index < count; index++) pids.add((await get(port)).body);
  return pids;
}

/** The pids answering once both processes listen (a process that is not listening yet gets no connection). */
async function whenBothAnswer(port: number): Promise<Set<string>> {
  await expect.poll(() => answeringPids(port, 4).then((pids) => pids.size, () => 0), { timeout: 15_000 }).toBe(2);
  return answeringPids(port);
}

/** The value of every sample of `metric` in a metrics text, summed. */
function total(text: string, metric: string): number {
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `))
    .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

describe("serve-cluster", { timeout: 30_000 }, () => {
  it("spreads connections over WEB_CONCURRENCY processes and sums their metrics in a scrape of any one", async () => {
    const port = await freePort();
    start(port);
    expect((await whenBothAnswer(port)).size).toBe(2);

    // Every request answered so far counted once, whichever process answered it (one alone would
    // report about half); the next scrape finds one more: the first scrape.
    const scrape = (await get(port, "/metrics")).body;
    expect(total(scrape, "lct_server_processes")).toBe(2);
    const answered = total(scrape, "http_requests_total");
    expect(answered).toBeGreaterThanOrEqual(12);
    expect(total((await get(port, "/metrics")).body, "http_requests_total")).toBe(answered + 1);
  });

  it("replaces a process that dies, and on SIGTERM lets every process finish its requests, then exits 0", async () => {
    const port = await freePort();
    const { exited } = start(port);
    const [killed, survivor] = [...(await whenBothAnswer(port))];
    process.kill(Number(killed), "SIGKILL");
    const now = await whenBothAnswer(port);
    expect(now.has(survivor!)).toBe(true);
    expect(now.size).toBe(2);
    expect(now.has(killed!)).toBe(false);
    expect(output).toContain("server process exited unexpectedly");

    // One slow request in flight on each process, then SIGTERM: both finish, then the primary exits 0.
    const slow = [get(port, "/slow"), get(port, "/slow")];
    await new Promise((resolve) => setTimeout(resolve, 200));
    primary!.kill("SIGTERM");
    const answers = await Promise.all(slow);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(2);
    expect(await exited).toBe(0);
    expect(output.match(/shutting down: done/g)).toHaveLength(2);
  });

  it("stops cleanly on SIGTERM while its processes are still starting", async () => {
    const port = await freePort();
    const { exited } = start(port, { STAND_IN_START_MS: "5000" });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    primary!.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("gives up with exit code 1 when its processes keep dying", async () => {
    const port = await freePort();
    const { exited } = start(port, { STAND_IN_CRASH: "1" });
    expect(await exited).toBe(1);
    expect(output).toContain("server processes keep dying");
  });
});
