import { expect, test } from "@playwright/test";

test("the home page lists the seeded agreements, each linking to its page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Labour Cooperation Tracker/);
  await expect(page.getByRole("heading", { level: 2, name: "Agreements" })).toBeVisible();

  const list = page.getByRole("list", { name: "Agreements" });
  for (const title of [
    "Agreement between the United States of America, the United Mexican States, and Canada",
    "Dominican Republic–Central America–United States Free Trade Agreement",
    "Free Trade Agreement between the European Union and the Socialist Republic of Viet Nam",
    "Free Trade Agreement between Canada and the Republic of Colombia",
    "North American Agreement on Labor Cooperation",
  ]) {
    await expect(list.getByRole("link", { name: title, exact: true })).toBeVisible();
  }

  await list
    .getByRole("link", { name: "Agreement between the United States of America, the United Mexican States, and Canada" })
    .click();
  await expect(page).toHaveURL(/\/agreements\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Agreement between the United States of America, the United Mexican States, and Canada",
  );
  await expect(page.getByText("Canada, Mexico, United States of America", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Labour provisions" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Dispute settlement" })).toBeVisible();
});

test("an unknown agreement shows a not-found page, not an error", async ({ page }) => {
  const response = await page.goto("/agreements/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
