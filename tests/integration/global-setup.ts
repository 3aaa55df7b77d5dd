// Once per integration run: a PostgreSQL server (TEST_DATABASE_URL, or a throwaway embedded one in
// a temporary directory — never the demo data) and a template database with every migration and the
// reference data applied. Each test file then clones the template, which takes milliseconds.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/platform/db/embedded";
import { applyMigrations } from "@/lib/platform/db/migrate";
import { assertReachable } from "@/lib/platform/db/open";
import { seedReferenceData } from "@/prisma/seed/reference";
import { dropDatabase, withDatabaseName } from "./helpers/database-url";
import { freePort } from "./helpers/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let stopServer = async () => {};
  let tempDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;

  if (adminUrl) {
    await assertReachable(adminUrl);
  } else {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-test-"));
    const server = await startEmbeddedPostgres({ dataDir: tempDir, port: await freePort() });
    adminUrl = withDatabaseName(server.url, "postgres");
    stopServer = server.stop;
  }

  const templateDatabase = `lct_template_${process.pid}`;
  await ensureDatabase(adminUrl, templateDatabase);
  const templateUrl = withDatabaseName(adminUrl, templateDatabase);
  await applyMigrations(templateUrl);
  const db = createPrismaClient(templateUrl, { poolSize: 1 });
  await db.$transaction((tx) => seedReferenceData(tx));
  await db.$disconnect();

  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    await dropDatabase(adminUrl, templateDatabase).catch(() => undefined);
    await stopServer();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}
