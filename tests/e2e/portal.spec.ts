import { expect, test } from "@playwright/test";

test("a visitor without an account sees the portal's figures, searches the register and reads the evidence", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Labour cooperation under trade agreements, in the open" })).toBeVisible();
  const figures = page.getByRole("list", { name: "Key figures" });
  await expect(figures.getByRole("link", { name: "published programs" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Recently published programs" })).toBeVisible();

  // One search finds programs, agreements and exchanges.
  await page.getByRole("searchbox", { name: "Programs, agreements and information exchanges" }).fill("forced labour");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Results for “forced labour”" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Programs" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Information exchanges" })).toBeVisible();

  // The evidence page sets each argument beside the register's figures, with the quotations' sources.
  await page.goto("/evidence");
  await expect(page.getByRole("heading", { level: 1, name: "The evidence: does labour cooperation work?" })).toBeVisible();
  for (const argument of [
    "Sharing best practice promotes respect for workers' rights",
    "Financial help to developing partners produces tangible progress",
    "Exchanging information on legislation and on workers' reality allows targeted action",
    "Cooperation is not binding enough to change State practice",
    "Cooperation can undermine sovereignty",
    "Money is wasted without well-designed programs and monitoring",
  ]) {
    await expect(page.getByRole("heading", { level: 3, name: argument })).toBeVisible();
  }
  await expect(page.getByText(/Kofi Annan, Secretary-General of the United Nations, address to the General Assembly/)).toBeVisible();
  await expect(page.getByText(/International Labour Organization, definition of social dialogue/)).toBeVisible();
  // A figure leads to the records behind it.
  await page.getByRole("link", { name: /measures are past their due date and not met/ }).click();
  await expect(page).toHaveURL(/\/plans\/overdue$/);
  await expect(page.getByRole("table", { name: "Overdue measures" }).getByRole("row").nth(1)).toBeVisible();

  // The API is documented in the app, from the same document the machines read.
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/api-docs$/);
  await expect(page.getByRole("link", { name: /openapi\.json/ }).first()).toBeVisible();
});
