import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf, type RoleKey } from "./demo-accounts";

async function pageAs(browser: Browser, role: RoleKey | null) {
  const context = await browser.newContext({ storageState: role ? storageStateOf(role) : { cookies: [], origins: [] } });
  return context.newPage();
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("a ministry registers a technical cooperation program with participants and a document, publishes it, and the public finds it", async ({ browser }) => {
  const stamp = Date.now();
  const title = `Risk-based labour inspection ${stamp}`;
  const ministry = await pageAs(browser, "govMx");

  await ministry.goto("/programs");
  await ministry.getByRole("link", { name: "Register a program" }).click();
  await ministry.getByLabel("Agreement").selectOption({ label: "USMCA — Agreement between the United States of America, the United Mexican States, and Canada" });
  await ministry.getByLabel("Identifier").fill(`MX-STPS-E2E-${stamp}`);
  await ministry.getByLabel("Title").fill(title);
  await ministry.getByLabel("Type").selectOption({ label: "Technical cooperation" });
  // Only the chosen type's details are shown.
  await expect(ministry.getByLabel("Area of expertise")).toBeVisible();
  await expect(ministry.getByLabel("Research questions")).toBeHidden();
  await ministry.getByLabel("Summary").fill("Training labour inspectors in risk-based planning.");
  await ministry.getByRole("group", { name: "Topics" }).getByLabel("Labour inspection", { exact: true }).check();
  await ministry.getByLabel("Currency").selectOption("MXN");
  // Without its area of expertise the program is refused, and what was typed stays.
  await ministry.getByRole("button", { name: "Register program" }).click();
  await expect(ministry.locator("#program-expertiseArea-error")).toHaveText("Enter the area of expertise.");
  await expect(ministry.getByLabel("Title")).toHaveValue(title);
  await ministry.getByLabel("Area of expertise").fill("Labour inspection");
  await ministry.getByRole("button", { name: "Register program" }).click();
  await expect(ministry.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const programUrl = ministry.url();

  // Two participants besides the ministry itself.
  await ministry.getByRole("link", { name: "Participants" }).click();
  await ministry.getByLabel("Organisation").selectOption({ label: "International Labour Organization (ILO)" });
  await ministry.getByLabel("Role").selectOption({ label: "Implementer" });
  await ministry.getByRole("button", { name: "Add participant" }).click();
  await expect(ministry.getByRole("status").filter({ hasText: "Participant added." })).toBeVisible();
  await ministry.getByLabel("Organisation").selectOption({ label: "Confederación Patronal de la República Mexicana (COPARMEX) · MX" });
  await ministry.getByLabel("Role").selectOption({ label: "Consulted" });
  await ministry.getByRole("button", { name: "Add participant" }).click();
  const participants = ministry.getByRole("table", { name: "Participants" });
  await expect(participants.getByRole("row")).toHaveCount(4);
  await expect(participants.getByRole("row", { name: /International Labour Organization.*Implementer/ })).toBeVisible();
  await expect(participants.getByRole("row", { name: /COPARMEX.*Consulted/ })).toBeVisible();

  // A document, uploaded.
  await ministry.getByRole("link", { name: "Documents" }).click();
  await ministry.getByLabel("Title").fill("Project document");
  await ministry.getByLabel("IATI document category").selectOption("A02");
  await ministry.getByLabel("File", { exact: true }).setInputFiles({ name: "project-document.pdf", mimeType: "application/pdf", buffer: PDF });
  await ministry.getByRole("button", { name: "Attach document" }).click();
  await expect(ministry.getByRole("link", { name: "Project document" })).toBeVisible();
  await expect(ministry.getByText("A02 · Objectives / Purpose of activity")).toBeVisible();
  const href = await ministry.getByRole("link", { name: "Project document" }).getAttribute("href");

  // Published, the public finds it by searching and can download its document.
  // A published program needs a start date (its publishing checklist); the edit that publishes gives it.
  await ministry.goto(`${programUrl}/edit`);
  await ministry.getByLabel("Planned start").fill("2027-01-01");
  await ministry.getByLabel("Visibility").selectOption({ label: "Published" });
  await ministry.getByRole("button", { name: "Save changes" }).click();
  await expect(ministry.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const visitor = await pageAs(browser, null);
  await visitor.goto("/programs");
  await visitor.getByLabel("Search title, summary and objectives").fill(`risk-based inspection ${stamp}`);
  await visitor.getByRole("button", { name: "Apply" }).click();
  await expect(visitor).toHaveURL(/q=risk-based/);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const download = await visitor.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain('filename="project-document.pdf"');
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
  await expect(visitor.getByRole("link", { name: "Edit program" })).toHaveCount(0);
});

test("a second browser editing the same program is told what changed, keeps its input, and loses nothing", async ({ browser }) => {
  const stamp = Date.now();
  const first = await pageAs(browser, "govMx");
  await first.goto("/programs/new");
  await first.getByLabel("Agreement").selectOption({ label: "USMCA — Agreement between the United States of America, the United Mexican States, and Canada" });
  await first.getByLabel("Identifier").fill(`MX-STPS-CONFLICT-${stamp}`);
  await first.getByLabel("Title").fill(`Wage survey ${stamp}`);
  await first.getByLabel("Type").selectOption({ label: "Joint research" });
  await first.getByLabel("Research questions").fill("How far do minimum wages reach informal workers?");
  await first.getByLabel("Expected outputs").fill("A national survey report.");
  await first.getByRole("button", { name: "Register program" }).click();
  await expect(first.getByRole("heading", { level: 1, name: `Wage survey ${stamp}` })).toBeVisible();
  const editUrl = `${first.url()}/edit`;

  const second = await pageAs(browser, "admin");
  await first.goto(editUrl);
  await second.goto(editUrl);

  await first.getByLabel("Title").fill(`Minimum wage survey ${stamp}`);
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("heading", { level: 1, name: `Minimum wage survey ${stamp}` })).toBeVisible();

  await second.getByLabel("Summary").fill("Agreed with the statistics office.");
  await second.getByRole("button", { name: "Save changes" }).click();
  const notice = second.getByRole("region", { name: "Someone else changed this program while you were editing it" });
  await expect(notice).toBeVisible();
  await expect(notice.getByText("Changed by Mariana López; it is now version 2.")).toBeVisible();
  await expect(notice.getByRole("row", { name: `Title Wage survey ${stamp} Minimum wage survey ${stamp} Their value (you had not changed it)` })).toBeVisible();
  // The other change is taken in, and this user's input is kept.
  await expect(second.getByLabel("Title")).toHaveValue(`Minimum wage survey ${stamp}`);
  await expect(second.getByLabel("Summary")).toHaveValue("Agreed with the statistics office.");
  await second.getByRole("button", { name: "Save my version" }).click();
  await expect(second.getByRole("heading", { level: 1, name: `Minimum wage survey ${stamp}` })).toBeVisible();
  await expect(second.getByText("Agreed with the statistics office.")).toBeVisible();

  await second.getByRole("link", { name: "History" }).click();
  await expect(second.getByRole("listitem").filter({ hasText: "Edited" })).toHaveCount(2);

  // A draft can be deleted, once the user confirms; the first browser then finds nothing.
  await second.goto(editUrl);
  await second.getByRole("button", { name: "Delete draft" }).click();
  await expect(second).toHaveURL(editUrl);
  await second.getByLabel("I want to delete this draft and everything attached to it").check();
  await second.getByRole("button", { name: "Delete draft" }).click();
  await expect(second).toHaveURL(/\/programs$/);
  const gone = await first.goto(editUrl.replace(/\/edit$/, ""));
  expect(gone?.status()).toBe(404);
});
