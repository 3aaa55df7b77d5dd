import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";
import { SIZES } from "./page-checks";

// What a phone and a screen reader showed wrong, one test each; the page-by-page checks of every
// main page are in accessibility.spec.ts.
test.describe.configure({ mode: "parallel" });

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`the home page's search box takes its column's whole width on a ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    const search = page.getByRole("search");
    const box = await search.getByRole("searchbox", { name: "Programs, agreements and information exchanges" }).boundingBox();
    const column = await page.locator("main").evaluate((main) => main.clientWidth - parseFloat(getComputedStyle(main).paddingLeft) - parseFloat(getComputedStyle(main).paddingRight));
    // The button sits beside the box; the box takes the rest of the line.
    const button = await search.getByRole("button", { name: "Search" }).boundingBox();
    expect(box!.width + button!.width).toBeGreaterThan(column * 0.9);
    expect(box!.height).toBeGreaterThanOrEqual(40);
    expect(button!.x + button!.width).toBeLessThanOrEqual(viewport.width);
  });
}

test.describe("an organisation's member", () => {
  test.use({ storageState: storageStateOf("cso") });

  test("hears how many events the organisation attended once, from the heading that names its table", async ({ page }) => {
    await page.goto("/my-organisation");
    const heading = page.getByRole("heading", { level: 2, name: /events? attended/i });
    await expect(heading).toBeVisible();
    // Nothing else on the page, hidden or not, says it again: the table is named by the heading.
    await expect(page.getByText(/events? attended/i)).toHaveCount(1);
    await expect(page.getByRole("table", { name: (await heading.textContent())! })).toBeVisible();
  });
});

test("the dashboard's charts are figures described in words, with nothing focusable hidden in them", async ({ page }) => {
  await page.goto("/dashboard");
  const charts = page.locator("figure.chart");
  await expect(charts.first().locator("svg").first()).toBeVisible();
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  for (const chart of await charts.all()) {
    await expect(chart.locator("figcaption")).toHaveText(/^Bar chart: .+\. The same figures are in the table that follows\.$/);
    // Each chart's figures are in a named table right after it.
    await expect(chart.locator("xpath=following-sibling::*[1]").getByRole("table")).toHaveCount(1);
  }
  const focusableHidden = await page.locator("[aria-hidden=true]").evaluateAll(
    (hidden) => hidden.flatMap((element) => [...element.querySelectorAll("a[href], button, input, select, textarea, [tabindex]")].filter((inner) => inner.getAttribute("tabindex") !== "-1")).length,
  );
  expect(focusableHidden).toBe(0);
});
