import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { DatabaseSetupError } from "@/lib/db/errors";
import { openDatabase } from "@/lib/db/open";
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
