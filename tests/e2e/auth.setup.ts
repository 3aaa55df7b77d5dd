import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, ROLES, storageStateOf, type RoleKey } from "./demo-accounts";

for (const key of Object.keys(ROLES) as RoleKey[]) {
  setup(`sign in as ${key}`, async ({ page }) => {
    const account = ROLES[key];
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
    await page.context().storageState({ path: storageStateOf(key) });
  });
}
