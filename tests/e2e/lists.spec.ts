import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test.use({ storageState: storageStateOf("admin") });

// A keyset list's cursor is the id of a row; a page link whose row is gone (or was never there)
// shows the list from its first page, as a malformed link does, rather than an error page.
for (const [path, heading] of [
  ["/admin/users", "Users"],
  ["/admin/organisations", "Organisations"],
  ["/audit", "Audit trail"],
  ["/notifications", "Notifications"],
] as const) {
  test(`${path} shows its first page for a cursor that names no row`, async ({ page }) => {
    const response = await page.goto(`${path}?cursor=cm0nosuchrow0000000000000`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  });
}
