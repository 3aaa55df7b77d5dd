// The evidence page on a phone, as a visitor reads it: no wider than the screen, no accessibility
// violation axe-core finds, headings in order, the document's quotations as quotations with their
// sources, every argument with its verdict, and plan-origin counts that add up to their total.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./page-checks";

test.use({ viewport: { width: 390, height: 844 } });

for (const locale of ["en-GB", "es-MX", "fr-CA", "vi-VN"]) {
  test.describe(`read in ${locale}`, () => {
    test.use({ locale });
    test("the evidence page fits a phone and passes axe-core", async ({ page }) => {
      await expectPhoneReady(page);
      if (process.env.EVIDENCE_SCREENSHOTS) await page.screenshot({ path: `test-results/evidence-${locale}.png`, fullPage: true });
    });
  });
}

async function expectPhoneReady(page: Page) {
  await page.goto("/evidence");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(width.page).toBeLessThanOrEqual(width.window);

  expect(await axeViolations(page)).toEqual([]);

  // Headings go down one level at a time: the page, its three parts, their arguments and ways.
  const levels = await page.locator("main :is(h1, h2, h3, h4, h5, h6)").evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1));
  expect(levels.filter((level) => level === 2)).toHaveLength(3);
  expect(levels.filter((level) => level === 3)).toHaveLength(9);
}

test("the evidence page quotes the document inside the arguments, gives every argument a verdict, and its plan origins add up", async ({ page }) => {
  await page.goto("/evidence");
  // The page opens with its own words, not with a quotation.
  await expect(page.locator("main > :is(p, figure, blockquote)").first()).not.toHaveJSProperty("tagName", "FIGURE");
  const quotations = page.locator("main article figure");
  await expect(quotations).toHaveCount(4);
  await expect(page.locator("main figure")).toHaveCount(4);
  for (const figure of await quotations.all()) {
    await expect(figure.locator("blockquote")).toHaveCount(1);
    await expect(figure.locator("figcaption cite")).not.toBeEmpty();
  }
  await expect(page.getByText("What the figures say:")).toHaveCount(6);

  const origins = await page.getByText(/^By origin:/).innerText();
  const counts = [...origins.matchAll(/\d+/g)].map((match) => Number(match[0]));
  expect(counts).toHaveLength(5);
  expect(counts.slice(0, 4).reduce((sum, n) => sum + n, 0)).toBe(counts[4]);
  // The share of plans owned at home is over the same plans.
  const owned = await page.getByRole("link", { name: /of action and remediation plans are owned/ }).innerText();
  expect(owned).toMatch(new RegExp(`of ${counts[4]}\\)$`));
});
