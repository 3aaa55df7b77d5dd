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
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // Expected failures (an unreachable database, refused input) log warnings; keep the output readable.
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "error" },
          // Each file gets its own database cloned from a migrated template; migrating takes ~11 s.
          hookTimeout: 120_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
