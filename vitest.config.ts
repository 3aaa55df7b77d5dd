import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // Outside Next.js there is no react-server condition; domain modules are safe to import in tests.
    "server-only": path.join(root, "tests", "stubs", "server-only.ts"),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        // Unit tests have no database to count requests in.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env: { API_RATE_LIMIT: "0", API_EXPORT_RATE_LIMIT: "0" } },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // Expected failures (an unreachable database, refused input) log warnings; keep the output readable.
          env: {
            LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
            // Route tests send many requests; tests/integration/api-rate-limits.test.ts turns the limits on.
            API_RATE_LIMIT: "0",
            API_EXPORT_RATE_LIMIT: "0",
          },
          // Each file gets its own database cloned from a migrated template; migrating takes ~11 s.
          hookTimeout: 120_000,
          // One file per core: much of each file's time is spent waiting for PostgreSQL, so Vitest's
          // default of one core fewer (a single worker on two cores) leaves the machine half idle.
          maxWorkers: os.availableParallelism(),
          testTimeout: 60_000,
        },
      },
    ],
  },
});
