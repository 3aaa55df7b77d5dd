// Whether a database gets the demo data: the embedded PostgreSQL unless DEMO=0, an external one only
// with DEMO=1; and DEMO=0 on a data directory that already holds the demo says so instead of
// deleting anything.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/lib/platform/db/migrate";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { openDatabase } from "@/lib/platform/db/open";
import { parseEnv, ZLauncherEnv } from "@/lib/platform/env";
import { seed } from "@/prisma/seed";
import { freePort } from "./helpers/free-port";

const launcher = (source: Record<string, string>) => parseEnv(ZLauncherEnv, source);

describe("the DEMO setting", () => {
  it("tells unset from 0 and 1", () => {
    expect(launcher({}).DEMO).toBeUndefined();
    expect(launcher({ DEMO: "0" }).DEMO).toBe(false);
    expect(launcher({ DEMO: "false" }).DEMO).toBe(false);
    expect(launcher({ DEMO: "1" }).DEMO).toBe(true);
  });

  it("makes an external database a demo one only with DEMO=1", async () => {
    const url = inject("adminUrl");
    const open = (DEMO?: boolean) => openDatabase({ DATABASE_URL: url, DEMO, DATA_DIR: "/nonexistent", EMBEDDED_PG_PORT: 1 });
    expect((await open(undefined)).demo).toBe(false);
    expect((await open(false)).demo).toBe(false);
    expect((await open(true)).demo).toBe(true);
  });
});

describe("the embedded PostgreSQL with DEMO=0", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-demo-mode-"));
  fs.chmodSync(dataDir, 0o755);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function startAndSeed(DEMO: boolean | undefined, warnings: string[], { dir = dataDir, addAccount = false } = {}) {
    const database = await openDatabase({ DEMO, DATA_DIR: dir, EMBEDDED_PG_PORT: await freePort() }, undefined, (line) => warnings.push(line));
    try {
      await applyMigrations(database.url);
      const client = createPrismaClient(database.url, { poolSize: 1 });
      try {
        await seed(client, { demo: database.demo });
        if (addAccount) {
          const organisation = await client.organisation.create({ data: { name: "Tracker administration", kind: "OTHER" } });
          await client.user.create({ data: { email: "ops@ministry.example", name: "Ops", role: "ADMIN", organisationId: organisation.id } });
        }
        return { demo: database.demo, users: await client.user.count(), organisations: await client.organisation.count(), countries: await client.country.count() };
      } finally {
        await client.$disconnect();
      }
    } finally {
      await database.close();
    }
  }

  it("is a real installation: reference data, no demo data, no accounts; then DEMO unset loads the demo, and DEMO=0 warns about it", async () => {
    const warnings: string[] = [];
    const fresh = await startAndSeed(false, warnings);
    expect(fresh).toMatchObject({ demo: false, users: 0, organisations: 0 });
    expect(fresh.countries).toBeGreaterThan(200);
    expect(warnings).toEqual([]);

    const demo = await startAndSeed(undefined, warnings);
    expect(demo.demo).toBe(true);
    expect(demo.users).toBeGreaterThan(0);
    expect(warnings).toEqual([]);

    const again = await startAndSeed(false, warnings);
    // Nothing deleted, and the operator is told.
    expect(again.users).toBe(demo.users);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("DEMO=0, but the data directory");
    expect(warnings[0]).toContain("demo accounts");
  });

  it("never adds the demo to a real installation that forgot DEMO=0, and says why", async () => {
    const realDir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-real-"));
    fs.chmodSync(realDir, 0o755);
    try {
      const warnings: string[] = [];
      await startAndSeed(false, warnings, { dir: realDir, addAccount: true });
      const forgot = await startAndSeed(undefined, warnings, { dir: realDir });
      expect(forgot).toMatchObject({ demo: false, users: 1, organisations: 1 });
      expect(warnings).toEqual([expect.stringContaining("holds a real installation (accounts that are not demo accounts), so no demo data is loaded")]);
    } finally {
      fs.rmSync(realDir, { recursive: true, force: true });
    }
  });
});
