import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/platform/db/embedded";
import { DatabaseSetupError } from "@/lib/platform/db/errors";
import { openDatabase } from "@/lib/platform/db/open";
import { watchEmbeddedPostgres } from "@/lib/platform/db/watch-embedded";
import { freePort } from "./helpers/free-port";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-embedded-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("keeps its data from one start to the next", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
    } finally {
      await second.stop();
    }
    expect(fs.existsSync(path.join(dataDir, "postgres", "PG_VERSION"))).toBe(true);
  });

  it("says which port is taken instead of failing silently", async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const attempt = startEmbeddedPostgres({ dataDir, port });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseSetupError);
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("refuses a data folder that is not a PostgreSQL cluster", async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "lct-not-a-cluster-"));
    fs.mkdirSync(path.join(other, "postgres"));
    fs.writeFileSync(path.join(other, "postgres", "notes.txt"), "mine");
    try {
      await expect(startEmbeddedPostgres({ dataDir: other, port: await freePort() })).rejects.toThrow(
        "is not a PostgreSQL data directory",
      );
      expect(fs.readFileSync(path.join(other, "postgres", "notes.txt"), "utf8")).toBe("mine");
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

/** Waits until `check` holds, polling, for at most `ms`. */
async function eventually(check: () => boolean, ms = 30_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function recorder() {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, log: { info: record("info"), warn: record("warn"), error: record("error") } };
}

describe("the launcher's watch on the embedded PostgreSQL", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-watched-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("starts PostgreSQL again after it is killed, with its data, and says so", async () => {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const { lines, log } = recorder();
    const gaveUp: string[] = [];
    watchEmbeddedPostgres(server, { log, onGiveUp: (reason) => gaveUp.push(reason), delayMs: 300 });
    try {
      await query(server.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survived')");
      const killed = server.pid()!;
      process.kill(killed, "SIGKILL");
      await eventually(() => lines.includes("info: The embedded PostgreSQL is running again."));
      expect(server.pid()).not.toBe(killed);
      expect(await query(server.url, "SELECT value FROM kept")).toEqual([{ value: "survived" }]);
      expect(lines[0]).toBe("error: The embedded PostgreSQL stopped unexpectedly (killed by SIGKILL).");
      expect(lines).toContain("warn: Restarting the embedded PostgreSQL (attempt 1 of 3 within 5 minute(s))…");
      expect(gaveUp).toEqual([]);
    } finally {
      await server.stop();
    }
    expect(lines.filter((line) => line.includes("stopped unexpectedly"))).toHaveLength(1); // stop() is not a crash
  });

  it("leaves PostgreSQL stopped when it stops while the app is stopping (a supervisor's SIGTERM reaches it too)", async () => {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const { lines, log } = recorder();
    let stopping = false;
    watchEmbeddedPostgres(server, { log, onGiveUp: () => undefined, delayMs: 300, stopping: () => stopping });
    try {
      stopping = true;
      process.kill(server.pid()!, "SIGTERM");
      await eventually(() => lines.some((line) => line.includes("while the app is stopping")));
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(lines.filter((line) => /unexpectedly|Restarting/.test(line))).toEqual([]);
      expect(server.pid()).toBeUndefined();
    } finally {
      await server.stop();
    }
  });

  it("gives up, so that the app stops, when PostgreSQL cannot be started again", async () => {
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir, port });
    const { lines, log } = recorder();
    const gaveUp: string[] = [];
    watchEmbeddedPostgres(server, { log, onGiveUp: (reason) => gaveUp.push(reason), maxRestarts: 2, delayMs: 300 });
    const blocker = net.createServer();
    try {
      process.kill(server.pid()!, "SIGKILL");
      // Something else takes the port, so every restart fails.
      await new Promise<void>((resolve) => {
        const listen = () => blocker.listen(port, "127.0.0.1", resolve);
        blocker.on("error", () => setTimeout(listen, 20));
        listen();
      });
      await eventually(() => gaveUp.length > 0);
      expect(gaveUp).toEqual([expect.stringContaining("could not be kept running (2 restart attempts within 5 minute(s))")]);
      expect(lines.filter((line) => line.startsWith("warn: Restarting"))).toHaveLength(2);
      expect(lines.filter((line) => line.includes(`Port ${port} is already in use`))).toHaveLength(2);
      expect(server.pid()).toBeUndefined();
    } finally {
      blocker.close();
      await server.stop(); // returns at once: there is nothing left to stop
    }
  });

  it("gives up when PostgreSQL keeps exiting, past the restarts allowed within the window", async () => {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const { lines, log } = recorder();
    const gaveUp: string[] = [];
    watchEmbeddedPostgres(server, { log, onGiveUp: (reason) => gaveUp.push(reason), maxRestarts: 1, delayMs: 500 });
    try {
      process.kill(server.pid()!, "SIGKILL");
      await eventually(() => lines.includes("info: The embedded PostgreSQL is running again."));
      process.kill(server.pid()!, "SIGKILL");
      await eventually(() => gaveUp.length > 0);
      expect(lines.filter((line) => line.startsWith("warn: Restarting"))).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });
});

describe("openDatabase with DATABASE_URL", () => {
  it("explains an unreachable server in one sentence and starts nothing", async () => {
    const port = await freePort();
    const url = `postgresql://someone:secret@127.0.0.1:${port}/tracker`;
    const attempt = openDatabase({ DATABASE_URL: url, DEMO: false, DATA_DIR: "/nonexistent", EMBEDDED_PG_PORT: port });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseSetupError);
    await expect(attempt).rejects.toThrow(
      `Cannot connect to the database at postgresql://someone:****@127.0.0.1:${port}/tracker: nothing is listening there.`,
    );
    expect(fs.existsSync("/nonexistent")).toBe(false);
  });
});
