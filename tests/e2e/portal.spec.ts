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

  // The evidence page gives each argument as the source document states it, beside the register's
  // figures and what they say about it; the document's quotations stand beside the arguments.
  await page.goto("/evidence");
  await expect(page.getByRole("heading", { level: 1, name: "The evidence: does labour cooperation work?" })).toBeVisible();
  for (const argument of [
    "Sharing of best practices in labour is an effective way to promote respect for fundamental workers’ rights.",
    "Financially assisting developing countries is essential to ensure compliance with their commitments and obtain tangible progress.",
    "The exchange of information, on legislation and on the reality of workers, allows for more targeted action.",
    "Cooperation is not sufficiently binding to enable real change in State practices.",
    "Cooperation undermines State sovereignty and the internal cooperation process.",
    "Financial assistance is a waste if it is not linked to well-designed programs and effective monitoring mechanisms.",
  ]) {
    const card = page.getByRole("article", { name: argument });
    await expect(card.getByRole("heading", { level: 3, name: argument })).toBeVisible();
    await expect(card.getByText("What the figures say:")).toBeVisible();
  }
  await expect(page.getByRole("article", { name: /^Sharing of best practices/ }).locator("blockquote")).toHaveText(/only route that offers any hope/);
  await expect(page.getByRole("article", { name: /^Sharing of best practices/ }).locator("figcaption")).toContainText("Kofi Annan. Speech pronounced at the UN General Assembly on 24 September 2001");
  await expect(page.getByRole("article", { name: /^Cooperation undermines State sovereignty/ }).locator("cite")).toContainText("The Economic and Political Arguments for and against Social Clauses");
  // A figure leads to the records behind it.
  await page.getByRole("link", { name: /measures are past their due date and not met/ }).click();
  await expect(page).toHaveURL(/\/plans\/overdue$/);
  await expect(page.getByRole("table", { name: "Overdue measures" }).getByRole("row").nth(1)).toBeVisible();

  // The API is documented in the app, from the same document the machines read.
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/api-docs$/);
  await expect(page.getByRole("link", { name: /openapi\.json/ }).first()).toBeVisible();
});
