// Serves the app for the end-to-end tests on a database of their own: a fresh embedded PostgreSQL
// under DATA_DIR, or E2E_DATABASE_URL when set — which must be a local server, since the tests
// load demo data into it and change it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const external = process.env.E2E_DATABASE_URL;
if (external) {
  const host = new URL(external).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    process.stderr.write(`Refusing to run end-to-end tests against ${host}: E2E_DATABASE_URL must be a local database.\n`);
    process.exit(1);
  }
  process.env.DATABASE_URL = external;
  process.env.DEMO = "1";
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
} else {
  // Never the developer's DATABASE_URL: the tests get their own embedded database.
  delete process.env.DATABASE_URL;
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data/e2e");
  if (path.basename(dataDir) !== "e2e") throw new Error(`DATA_DIR for end-to-end tests must end in /e2e, not ${dataDir}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

await import("../../scripts/start");
