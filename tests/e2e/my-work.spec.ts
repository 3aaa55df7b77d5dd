import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, ROLES, storageStateOf, type RoleKey } from "./demo-accounts";
import { READER_PAGES } from "./main-pages";
import { axeViolations, SIZES } from "./page-checks";

test.use({ viewport: SIZES.phone });

/** Whether accessibility.spec.ts already checks the role's My work page, on a phone among others. */
const checkedByAccessibilitySpec = (key: RoleKey) => key !== "govUs" && READER_PAGES[key].includes("myWork");

/** The page fits a 390 px phone and axe finds nothing wrong with it. */
async function expectFitAndAccessible(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling").toBe(true);
  expect(await axeViolations(page)).toEqual([]);
}

test("signing in without a page to return to lands on My work", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ROLES.govMx.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/my-work$/);
  await expect(page.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" })).toBeVisible();
  await context.close();
});

const SECTIONS: Record<RoleKey, RegExp[]> = {
  govMx: [/^Draft programs \(\d+\)$/, /^Programs with overdue reports \(\d+\)$/, /^Overdue measures \(\d+\)$/],
  govUs: [/^Draft programs \(\d+\)$/, /^Overdue measures \(\d+\)$/],
  analyst: [/^Plans awaiting review \(\d+\)$/],
  cso: [/requests/i, /measures/i],
  admin: [/^Invitations not yet accepted \(\d+\)$/, /^Recent activity$/],
};

for (const key of Object.keys(SECTIONS) as RoleKey[]) {
  test.describe(`My work of ${key}`, () => {
    test.use({ storageState: storageStateOf(key) });
    const checkedThere = checkedByAccessibilitySpec(key);
    test(checkedThere ? "shows the role's own sections" : "shows the role's own sections, fits a phone and passes axe", async ({ page }) => {
      await page.goto("/my-work");
      for (const heading of SECTIONS[key]) await expect(page.getByRole("heading", { level: 2, name: heading }).first()).toBeVisible();
      if (!checkedThere) await expectFitAndAccessible(page);
    });
  });
}

test.describe("the program list on a phone", () => {
  test("says where the reader is, links to numbered pages, shows money, fits and passes axe", async ({ page }) => {
    await page.goto("/programs?cursor=25");
    const pager = page.getByRole("navigation", { name: "Pages" });
    await expect(pager).toContainText(/Page 2 of \d+ · \d+ programs/);
    await expect(pager.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    await expect(pager.getByRole("link", { name: "← Previous page" })).toHaveAttribute("href", "/programs");
    await expect(page.getByRole("columnheader", { name: "Committed" })).toBeAttached();
    // The pager and the table keep within the phone's width (the table scrolls in its own box). The
    // filter form above them is another part's, and is left out here.
    for (const part of ["nav[aria-label='Pages']", ".table-scroll"]) {
      const right = await page.locator(part).evaluate((element) => element.getBoundingClientRect().right);
      expect(right, part).toBeLessThanOrEqual(390);
    }
    expect(await axeViolations(page, ["nav[aria-label='Pages']", ".table-scroll"])).toEqual([]);
  });
});
