// Publishing a program from its checklist, the confirmations that follow each save, the refusal a
// reader gets on an edit page they may not use, and the plan page's explanation of the next step.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";
import { axeViolations } from "./page-checks";

/** The page passes axe-core and fits a 390 px wide phone without scrolling sideways. */
async function expectAccessibleOnPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a ministry sees what its draft lacks, completes it and publishes it, with a confirmation at each step", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Inspection of subcontracting ${stamp}`;
  const ministry = await (await browser.newContext({ storageState: storageStateOf("govMx") })).newPage();

  await ministry.goto("/programs/new");
  await ministry.getByLabel("Agreement").selectOption({ label: "USMCA — Agreement between the United States of America, the United Mexican States, and Canada" });
  await ministry.getByLabel("Identifier").fill(`MX-STPS-PUB-${stamp}`);
  await ministry.getByLabel("Title").fill(title);
  await ministry.getByLabel("Type").selectOption({ label: "Technical cooperation" });
  await ministry.getByLabel("Area of expertise").fill("Labour inspection");
  await ministry.getByRole("button", { name: "Register program" }).click();
  await expect(ministry.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(ministry.getByRole("status").filter({ hasText: "Program registered" })).toBeVisible();
  const programUrl = ministry.url();
  // The confirmation is said once: it is gone when the page is opened again.
  await ministry.reload();
  await expect(ministry.getByRole("status").filter({ hasText: "Program registered" })).toHaveCount(0);

  // The checklist: what is missing, with a link to where it is fixed, and no Publish button yet.
  await ministry.getByRole("link", { name: "Publish…" }).click();
  await expect(ministry.getByRole("heading", { level: 1, name: `Publish “${title}”` })).toBeVisible();
  const required = ministry.getByRole("region", { name: "Required before publishing" });
  await expect(required.getByRole("listitem").filter({ hasText: "Summary (description)" })).toContainText("Missing");
  await expect(required.getByRole("listitem").filter({ hasText: "Start date" })).toContainText("Missing");
  await expect(required.getByRole("listitem").filter({ hasText: "Participating organisations" })).toContainText("Done");
  await expect(ministry.getByText("2 required items are missing.")).toBeVisible();
  await expect(ministry.getByRole("button", { name: "Publish program" })).toHaveCount(0);
  await expectAccessibleOnPhone(ministry);

  await required.getByRole("link", { name: "Write the summary" }).click();
  await expect(ministry).toHaveURL(/\/edit#program-summary$/);
  await ministry.getByLabel("Summary").fill("Inspectors check subcontracted workers' pay and safety.");
  await ministry.getByLabel("Planned start").fill("2027-02-01");
  await ministry.getByRole("button", { name: "Save changes" }).click();
  await expect(ministry.getByRole("status").filter({ hasText: "Program saved." })).toBeVisible();

  await ministry.getByRole("link", { name: "Publish…" }).click();
  await expect(ministry.getByText("Everything required is done.")).toBeVisible();
  await ministry.getByRole("button", { name: "Publish program" }).click();
  await expect(ministry).toHaveURL(programUrl);
  await expect(ministry.getByRole("status").filter({ hasText: "Program published: the public can now see it." })).toBeVisible();
  await expectAccessibleOnPhone(ministry);

  // The public sees it now.
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto(programUrl);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("deleting a draft says which draft was deleted", async ({ browser }) => {
  const stamp = Date.now();
  const title = `Draft to delete ${stamp}`;
  const ministry = await (await browser.newContext({ storageState: storageStateOf("govMx") })).newPage();
  await ministry.goto("/programs/new");
  await ministry.getByLabel("Agreement").selectOption({ label: "USMCA — Agreement between the United States of America, the United Mexican States, and Canada" });
  await ministry.getByLabel("Identifier").fill(`MX-STPS-DEL-${stamp}`);
  await ministry.getByLabel("Title").fill(title);
  await ministry.getByLabel("Type").selectOption({ label: "Technical cooperation" });
  await ministry.getByLabel("Area of expertise").fill("Labour inspection");
  await ministry.getByRole("button", { name: "Register program" }).click();
  await expect(ministry.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await ministry.getByRole("link", { name: "Edit program" }).click();
  await ministry.getByLabel("I want to delete this draft and everything attached to it").check();
  await ministry.getByRole("button", { name: "Delete draft" }).click();
  await expect(ministry).toHaveURL(/\/programs$/);
  await expect(ministry.getByRole("status").filter({ hasText: `Draft “${title}” deleted.` })).toBeVisible();
});

test("a civil-society user on a program's edit page is told who can edit it, with 403", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("cso") })).newPage();
  const programs = (await (await page.request.get("/api/v1/programs?visibility=PUBLISHED&limit=1")).json()) as { data: { id: string }[] };
  const id = programs.data[0]!.id;
  const response = await page.goto(`/programs/${id}/edit`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You cannot edit this program" })).toBeVisible();
  await expect(page.getByText("Only the ministry users of the reporting organisation's country and administrators can edit this program.")).toBeVisible();
  await expect(page.getByText("Page not found")).toHaveCount(0);
  await expectAccessibleOnPhone(page);
  // A program they may not see at all stays not found.
  expect((await page.goto("/programs/no-such-program/edit"))?.status()).toBe(404);
});

test("an analyst is told to take a submitted plan up before approving it or asking for changes", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("analyst") })).newPage();
  const plans = (await (await page.request.get("/api/v1/plans?status=SUBMITTED&limit=1")).json()) as { data: { id: string }[] };
  await page.goto(`/plans/${plans.data[0]!.id}`);
  const steps = page.getByRole("region", { name: "Next steps" });
  await expect(steps.getByText(/Next step: take the plan up for review\. To approve it or ask for changes, first take it up/)).toBeVisible();
  await expect(steps.getByRole("button", { name: "Take up for review" })).toBeVisible();
  await expect(steps.getByText("Approve and Request changes are offered once the plan is taken up for review; until then a review only comments.")).toBeVisible();
  await expectAccessibleOnPhone(page);
});
