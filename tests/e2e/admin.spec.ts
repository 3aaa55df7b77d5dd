import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test.use({ storageState: storageStateOf("admin") });

test("an ADMIN creates an account whose temporary password signs in, and a duplicate email is refused", async ({ page, browser }) => {
  const email = `new.official.${Date.now()}@demo.test`;
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Nueva Funcionaria");
  await page.getByLabel("Role").selectOption({ label: "Government" });
  await page.getByLabel("Organisation").selectOption({ label: "Secretaría del Trabajo y Previsión Social (STPS) · MX" });
  await page.getByRole("button", { name: "Create user" }).click();
  const password = (await page.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(password.length).toBeGreaterThanOrEqual(12);

  // The same email again: a field-level error, and what was typed is kept.
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Role").selectOption({ label: "Analyst" });
  await page.getByLabel("Organisation").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("#email-error")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Someone Else");

  // The new official signs in with the temporary password, in a browser of their own.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const theirPage = await context.newPage();
  await theirPage.goto("/sign-in");
  await theirPage.getByLabel("Email").fill(email);
  await theirPage.getByLabel("Password").fill(password);
  await theirPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(theirPage.getByText("Signed in as Nueva Funcionaria (Government)")).toBeVisible();
  await context.close();

  // The creation is in the audit trail.
  await page.goto(`/audit?action=user.create`);
  await expect(page.getByRole("cell", { name: "user.create" }).first()).toBeVisible();
});
