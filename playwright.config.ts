import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
/** The app emails through SMTP to this port, where tests/e2e/accounts.spec.ts listens (tests/support/smtp-inbox.ts). */
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 25_250);

// Debian's chromium (apt-get install chromium) where there is one; otherwise the browser that
// `npx playwright install chromium` downloads.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = fs.existsSync(chromiumPath) ? chromiumPath : undefined;

// One server process for the end-to-end server and the servers the tests start with this
// environment (tests/e2e/instances.spec.ts sets its own): on two cores the browsers need the other
// core. tests/e2e/processes.spec.ts starts two processes of its own.
process.env.WEB_CONCURRENCY ??= "1";

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  // The suite runs two workers on two cores next to the server and its database; a page that is slow
  // under that load should not fail a test that waits for it.
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs in once per demo role and saves the browser state the role's tests start from.
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...browser } },
    { name: "chromium", dependencies: ["setup"], use: { ...browser } },
  ],
  webServer: {
    // The built app on its own embedded database under .data/e2e, recreated for every run.
    command: "npx tsx tests/e2e/serve.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(PORT),
      DATA_DIR: ".data/e2e",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54330",
      LOG_LEVEL: "warn",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    },
    reuseExistingServer: false,
    // The build alone takes minutes on a busy two-core machine.
    timeout: 900_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
