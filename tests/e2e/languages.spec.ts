// The language is the person's: the browser's on a first visit, the switcher's once chosen, and a
// signed-in person's choice on every device. Only the structure is checked here (the language
// attribute, the switcher's names), not translated text, which each translation owns.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, ROLES } from "./demo-accounts";
import { databaseUrl } from "./e2e-database";

const NAMES = { en: "English", es: "Español", fr: "Français", vi: "Tiếng Việt" };

/** A browser of its own, signed out, whose language is `locale`. */
async function freshBrowser(browser: Browser, locale: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale });
  return { context, page: await context.newPage() };
}

const switcher = (page: Page) => page.locator("header form.language-switcher");
const option = (page: Page, name: string) => switcher(page).getByRole("button", { name, exact: true });

/** The end-to-end database: E2E_DATABASE_URL, or the embedded one that tests/e2e/serve.ts started. */
/**
 * An account of this test's own (a copy of a demo account, with its password), so that the
 * language it chooses never reaches the pages other tests read at the same time.
 */
async function ownAccount() {
  const email = `languages.${Date.now()}@example.test`;
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "updatedAt")
       SELECT $1, $2, 'Lan Nguyễn', "passwordHash", role, "organisationId", now() FROM "User" WHERE email = $3`,
      [randomUUID(), email, ROLES.govUs.email],
    );
  } finally {
    await client.end();
  }
  return { email };
}

async function signIn(page: Page, account: { email: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

test("a first visit speaks the browser's language; the switcher names each language in itself and changes it by keyboard", async ({ browser }) => {
  const { context, page } = await freshBrowser(browser, "es-MX");
  try {
    await page.goto("/programs");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

    const buttons = switcher(page).getByRole("button");
    await expect(buttons).toHaveText(Object.values(NAMES));
    for (const [locale, name] of Object.entries(NAMES)) await expect(option(page, name)).toHaveAttribute("lang", locale);
    await expect(option(page, "Español")).toHaveAttribute("aria-current", "true");
    await expect(switcher(page).locator("[aria-current]")).toHaveCount(1);

    await option(page, "English").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(option(page, "Français")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(option(page, "Français")).toHaveAttribute("aria-current", "true");
    await expect(page).toHaveURL(/\/programs$/);

    // The choice is this browser's from now on, over its Accept-Language.
    await page.goto("/agreements");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  } finally {
    await context.close();
  }
});

test("a signed-in person's choice is kept on the account and follows them to a new browser", async ({ browser }) => {
  const account = await ownAccount();
  const first = await freshBrowser(browser, "en-US");
  const second = await freshBrowser(browser, "en-US");
  try {
    await signIn(first.page, account);
    await expect(first.page.locator("html")).toHaveAttribute("lang", "en");
    await option(first.page, "Tiếng Việt").click();
    await expect(first.page.locator("html")).toHaveAttribute("lang", "vi");

    await signIn(second.page, account);
    await expect(second.page.locator("html")).toHaveAttribute("lang", "vi");
    await second.page.goto("/account");
    await expect(second.page.locator("select[name=locale]")).toHaveValue("vi");
    await expect(second.page.locator("select[name=locale] option")).toHaveText(Object.values(NAMES));
  } finally {
    await Promise.all([first.context.close(), second.context.close()]);
  }
});
