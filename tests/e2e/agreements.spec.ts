import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf, type RoleKey } from "./demo-accounts";

async function pageAs(browser: Browser, role: RoleKey | null) {
  const context = await browser.newContext({ storageState: role ? storageStateOf(role) : { cookies: [], origins: [] } });
  return context.newPage();
}

test("an ADMIN adds an agreement with two parties and a provision, a ministry records a meeting, and the public sees both", async ({ browser }) => {
  const shortName = `MX-CL ${Date.now()}`;
  const admin = await pageAs(browser, "admin");

  // A refused form keeps the input and says what is wrong next to the field.
  await admin.goto("/agreements/new");
  await admin.getByLabel("Title").fill("Mexico–Chile Labour Cooperation Agreement");
  await admin.getByLabel("Short name").fill(shortName);
  await admin.getByLabel("Kind").selectOption({ label: "Bilateral" });
  await admin.getByLabel("Status").selectOption({ label: "In force" });
  // The parties are a searchable group of checkboxes: find each by typing, then tick it.
  const parties = admin.getByRole("group", { name: "Parties" });
  for (const [typed, country] of [["mexi", "MX"], ["chile", "CL"]] as const) {
    await parties.getByRole("searchbox", { name: "Search Parties" }).fill(typed);
    await parties.locator(`input[type="checkbox"][value="${country}"]`).check();
  }
  await expect(parties.getByRole("status")).toHaveText("2 chosen");
  await admin.getByLabel("Signed on").fill("2025-06-01");
  await admin.getByLabel("In force since").fill("2025-01-01");
  await admin.getByRole("button", { name: "Add agreement" }).click();
  await expect(admin.locator("#agreement-inForceOn-error")).toHaveText("An agreement cannot enter into force before it is signed.");
  await expect(admin.getByLabel("Short name")).toHaveValue(shortName);

  await admin.getByLabel("In force since").fill("2026-01-01");
  await admin.getByRole("button", { name: "Add agreement" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Mexico–Chile Labour Cooperation Agreement" })).toBeVisible();
  await expect(admin.getByText("Chile, Mexico")).toBeVisible();
  const agreementUrl = admin.url();

  await admin.getByRole("link", { name: "Add a labour provision" }).click();
  await admin.getByLabel("Article").fill("Art. 4.2");
  await admin.getByLabel("Category").selectOption({ label: "Cooperation" });
  await admin.getByLabel("Topic").selectOption({ label: "Labour inspection" });
  await admin.getByLabel("Title", { exact: true }).fill("Cooperation on labour inspection");
  await admin.getByLabel("Text").fill("The Parties shall cooperate on strengthening labour inspection.");
  await admin.getByRole("button", { name: "Add provision" }).click();
  await expect(admin.getByRole("heading", { name: "Art. 4.2 — Cooperation on labour inspection" })).toBeVisible();

  // The council the agreement creates.
  const agreementId = new URL(agreementUrl).pathname.split("/").at(-1);
  await admin.goto(`/institutions/new?agreement=${agreementId}&kind=MINISTERIAL_COUNCIL`);
  await admin.getByLabel("Name").fill(`Labour Council ${shortName}`);
  await admin.getByRole("button", { name: "Add institution" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Labour Council ${shortName}` })).toBeVisible();
  const councilUrl = admin.url();

  // A Mexican ministry official records a public meeting of it.
  const ministry = await pageAs(browser, "govMx");
  await ministry.goto(councilUrl);
  await ministry.getByRole("link", { name: "Record a meeting" }).click();
  await ministry.getByLabel("Date").fill("2026-03-12");
  await ministry.getByLabel("Place").fill("Santiago de Chile");
  await ministry.getByLabel("Summary").fill("First meeting of the council.");
  await ministry.getByLabel("Decisions").fill("Adopt the 2026 work programme\nCreate an inspection working group");
  await ministry.getByLabel("Public: visible to everyone").check();
  await ministry.getByRole("button", { name: "Record meeting" }).click();
  await expect(ministry.getByRole("heading", { name: "March 12, 2026, Santiago de Chile" })).toBeVisible();

  // The public sees the agreement with its provision, and the meeting with its decisions.
  const visitor = await pageAs(browser, null);
  await visitor.goto(`/agreements?q=${encodeURIComponent(shortName)}`);
  await visitor.getByRole("link", { name: "Mexico–Chile Labour Cooperation Agreement" }).click();
  await expect(visitor.getByRole("heading", { name: "Art. 4.2 — Cooperation on labour inspection" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Add a labour provision" })).toHaveCount(0);
  await visitor.getByRole("link", { name: `Labour Council ${shortName}` }).click();
  await expect(visitor.getByRole("heading", { name: "March 12, 2026, Santiago de Chile" })).toBeVisible();
  await expect(visitor.getByText("Create an inspection working group")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Record a meeting" })).toHaveCount(0);
});

test("the directory tells whom to contact about USMCA in Mexico", async ({ page }) => {
  await page.goto("/institutions");
  await page.getByLabel("Agreement").selectOption({ label: "USMCA" });
  await page.getByLabel("Country").selectOption({ label: "Mexico" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/agreement=.+&country=MX/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Contact point" }).first()).toContainText("Mexico");
  await expect(rows.filter({ hasText: "Contact point" }).filter({ hasText: "United States" })).toHaveCount(0);
});

test("a civil-society user cannot open the forms", async ({ browser }) => {
  const page = await pageAs(browser, "cso");
  for (const path of ["/agreements/new", "/institutions/new"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
