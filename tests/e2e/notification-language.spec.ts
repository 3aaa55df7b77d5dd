// The notification centre writes each notification in the reader's language when it shows it: the
// same stored notification reads in Spanish, then in French once its reader switches language, the
// record's name unchanged and its date written as each language writes dates.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, ROLES } from "./demo-accounts";
import { databaseUrl } from "./e2e-database";

/** The end-to-end database: E2E_DATABASE_URL, or the embedded one that tests/e2e/serve.ts started. */
/** An account of this test's own, reading Spanish, with one measure reminder in its centre. */
async function readerWithReminder() {
  const email = `notifications.${Date.now()}@example.test`;
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", locale, "updatedAt")
       SELECT $1, $2, 'Lucía Pérez', "passwordHash", role, "organisationId", 'es', now() FROM "User" WHERE email = $3`,
      [id, email, ROLES.govUs.email],
    );
    await client.query(
      `INSERT INTO "Notification" (id, "userId", kind, "messageKey", "messageValues", link, "dedupeKey", "createdAt")
       VALUES ($1, $2, 'MEASURE_DUE', 'measureDue', $3, '/plans', $4, '2026-03-10T09:30:00Z')`,
      [randomUUID(), id, JSON.stringify({ measure: "Labour inspection roadmap", plan: "Youth Employment Plan", dueDate: "2026-03-20" }), `e2e:${id}`],
    );
  } finally {
    await client.end();
  }
  return { email };
}

test("a notification reads in the reader's language, and in the new one after they switch", async ({ browser }) => {
  const account = await readerWithReminder();
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-US" });
  const page = await context.newPage();
  try {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

    await page.goto("/notifications");
    const item = page.getByRole("listitem").filter({ hasText: "Labour inspection roadmap" });
    await expect(item.getByRole("link")).toHaveText("Medida con vencimiento el 20 mar 2026: Labour inspection roadmap");
    await expect(item).toContainText("“Labour inspection roadmap”, del plan “Youth Employment Plan”, vence el 20 de marzo de 2026.");
    await expect(item.locator("time")).toHaveText(/10 mar 2026/);

    await page.locator("header form.language-switcher").getByRole("button", { name: "Français", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(item.getByRole("link")).toHaveText("Mesure à échéance le 20 mars 2026 : Labour inspection roadmap");
    await expect(item).toContainText("La mesure « Labour inspection roadmap » du plan « Youth Employment Plan » arrive à échéance le 20 mars 2026.");
    await expect(item.locator("time")).toHaveText(/10 mars 2026/);
  } finally {
    await context.close();
  }
});
