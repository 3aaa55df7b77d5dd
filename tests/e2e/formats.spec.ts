// Figures and dates are the reader's: a Spanish dashboard writes its amounts, its chart's axis and
// its tooltips the Spanish way; a browser west of UTC gives a new account its time zone, which the
// account page shows and changes (refusing a zone not in the list), while a program's calendar
// dates stay on their day; a browser is asked for its zone without rendering a page twice for nothing.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, ROLES } from "./demo-accounts";
import { copyOfDemoAccount, sql } from "./e2e-database";

const NBSP = "\u00a0";

/** An account of this test's own, so that the zone it is given reaches no other test's pages. */
const ownAccount = () => copyOfDemoAccount("formats", ROLES.govUs.email);

const savedZone = async (email: string) => (await sql<{ timeZone: string | null }>(`SELECT "timeZone" FROM "User" WHERE email = $1`, [email]))[0]?.timeZone ?? null;

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

test("a Spanish dashboard writes its amounts, its chart's axis and its tooltips the Spanish way", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "es-MX" });
  const page = await context.newPage();
  try {
    await page.goto("/dashboard");
    const heading = page.getByRole("heading", { level: 3, name: "Por tipo de programa, en USD" });
    await expect(heading).toBeVisible();
    const block = page.locator("div", { has: heading }).last();

    // The table: "1.250.000,00 USD", four digits ungrouped ("2500,00 USD"), as Spanish writes them.
    const cells = await block.getByRole("table").locator("td").allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toMatch(/^(\d{1,3}(\.\d{3})+|\d{1,4}),\d{2} USD$/);

    // The axis: compact Spanish figures ("250 mil", "1,5 M"), never English ones ("250K", "1.5M").
    const ticks = await block.locator(".chart-tick").allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(new RegExp(`^\\d+(,\\d)?(${NBSP}(mil|M|mil M))?$`));
    expect(ticks.some((tick) => tick !== "0")).toBe(true);

    // Each bar's figure on hover (its title): the exact amount with its cents and currency.
    const titles = await block.locator(".chart-bar title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/: (\d{1,3}(\.\d{3})+|\d{1,4}),\d{2} USD$/);
  } finally {
    await context.close();
  }
});

test("a browser west of UTC gives a new account its zone; the account page changes it and refuses one not in the list", async ({ browser }) => {
  const email = await ownAccount();
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-US", timezoneId: "America/Tegucigalpa" });
  const page = await context.newPage();
  try {
    await signIn(page, email);
    await page.goto("/account");
    await expect.poll(() => savedZone(email)).toBe("America/Tegucigalpa");
    await page.reload();
    const zone = page.getByRole("combobox", { name: "Time zone" });
    await expect(zone).toHaveValue("America/Tegucigalpa");
    await expect(zone.locator("option[value='America/Tegucigalpa']")).toHaveText("America/Tegucigalpa (GMT-6)");

    await zone.selectOption("Europe/Paris");
    await page.getByRole("button", { name: "Save the time zone" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Time zone saved." })).toBeVisible();
    await expect(zone).toHaveValue("Europe/Paris");
    expect(await savedZone(email)).toBe("Europe/Paris");
    // Another visit from this browser does not take the account's choice back.
    await page.goto("/programs");
    await page.goto("/account");
    await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Europe/Paris");

    // A zone the list does not have, sent anyway, is refused next to the field and changes nothing.
    await page.getByRole("combobox", { name: "Time zone" }).evaluate((select) => select.append(new Option("Mars", "Mars/Olympus_Mons", true, true)));
    await page.getByRole("button", { name: "Save the time zone" }).click();
    await expect(page.locator("#time-zone-timeZone-error")).toHaveText("Choose a time zone from the list, such as America/Tegucigalpa.");
    await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveAttribute("aria-invalid", "true");
    expect(await savedZone(email)).toBe("Europe/Paris");

    // Back in Tegucigalpa's zone, a program's planned start is the day it was stored with.
    await page.getByRole("combobox", { name: "Time zone" }).selectOption("America/Tegucigalpa");
    await page.getByRole("button", { name: "Save the time zone" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Time zone saved." })).toBeVisible();
    const programs = (await (await page.request.get("/api/v1/programs?limit=50")).json()) as { data: { id: string; plannedStart: string | null }[] };
    const program = programs.data.find((row) => row.plannedStart);
    expect(program).toBeTruthy();
    // The API keeps a calendar date at midnight UTC, whatever the reader's zone.
    expect(program!.plannedStart).toMatch(/^\d{4}-\d{2}-\d{2}(T00:00:00\.000Z)?$/);
    await page.goto(`/programs/${program!.id}`);
    const day = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(program!.plannedStart!));
    await expect(page.locator("dt", { hasText: /^Planned$/ }).locator("xpath=following-sibling::dd[1]")).toContainText(day);
  } finally {
    await context.close();
  }
});

test("a first visit renders the page again only when the browser's zone is not the one it was rendered in", async ({ browser }) => {
  /** Visits the evidence page from a browser in `timezoneId`, and says whether the page was fetched again (Next.js's refresh, not a link's prefetch). */
  async function renderedAgain(timezoneId: string) {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-GB", timezoneId });
    const page = await context.newPage();
    let again = false;
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/evidence" && request.headers()["rsc"] === "1" && !request.headers()["next-router-prefetch"]) again = true;
    });
    try {
      await page.goto("/evidence");
      await expect.poll(async () => (await context.cookies()).find((cookie) => cookie.name === "tz")?.value).toBe(timezoneId);
      await page.waitForLoadState("networkidle");
      return again;
    } finally {
      await context.close();
    }
  }
  // Rendered in UTC for lack of a zone: a browser in UTC has nothing to gain from a second render.
  expect(await renderedAgain("UTC")).toBe(false);
  // Dates and times on the page move with the zone: a browser west of UTC gets the page in its own.
  expect(await renderedAgain("America/Tegucigalpa")).toBe(true);
});
