// The account page's notification choices on a phone: a group of labelled radios per kind that fits
// 390 px and passes axe-core, saves a choice the reader sees again after a reload, and refuses a
// choice that is not offered next to its kind, changing nothing.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, ROLES } from "./demo-accounts";
import { axeViolations } from "./page-checks";
import { copyOfDemoAccount, sql } from "./e2e-database";

/** A ministry official of this test's own, so that the choices it saves reach no other test's emails. */
const ownAccount = () => copyOfDemoAccount("notify", ROLES.govMx.email);

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}


test("a ministry official chooses, on a phone, how each kind of notification reaches them", async ({ browser }) => {
  const email = await ownAccount();
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-US", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await signIn(page, email);
    await page.goto("/account");
    const group = page.getByRole("group", { name: "Requests to take part in your ministry’s programs" });
    await expect(group.getByRole("radio", { name: "An email for each" })).toBeChecked();
    await expect(page.getByRole("group", { name: "Civil-society comments on your ministry’s programs" }).getByRole("radio", { name: "In the daily digest" })).toBeChecked();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);

    await group.getByRole("radio", { name: "In the app only, no email" }).check();
    await page.getByRole("button", { name: "Save the notification choices" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your notification choices are saved." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("group", { name: "Requests to take part in your ministry’s programs" }).getByRole("radio", { name: "In the app only, no email" })).toBeChecked();

    // A choice the page does not offer, sent anyway: refused next to its kind, nothing saved.
    const comments = page.getByRole("group", { name: "Comments on programs and plans you follow" });
    await comments.getByRole("radio", { name: "An email for each" }).evaluate((radio) => ((radio as HTMLInputElement).value = "SMS"));
    await page.getByRole("button", { name: "Save the notification choices" }).click();
    await expect(page.locator("#notification-preferences-comment-error")).toHaveText("Choose how you are told of this: by email, in the daily digest or in the app only.");
    await expect(comments).toHaveAccessibleDescription(/Choose how you are told of this/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    const saved = await sql<{ kind: string; delivery: string }>(`SELECT kind, delivery FROM "NotificationPreference" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1 AND kind = 'COMMENT'`, [email]);
    expect(saved).toEqual([{ kind: "COMMENT", delivery: "EMAIL" }]);
  } finally {
    await context.close();
  }
});
