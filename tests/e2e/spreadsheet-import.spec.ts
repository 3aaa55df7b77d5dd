import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test.use({ storageState: storageStateOf("govMx") });

const PROGRAMS = 500;

/** The downloaded template, filled in the way a ministry's staff would: one row per program, and its rows on the other sheets. */
async function fillTemplate(template: string, stamp: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = (name: string) => book.getWorksheet(name)!;
  const put = (name: string, rows: (string | number | Date)[][]) => rows.forEach((values, index) => values.forEach((value, column) => (sheet(name).getRow(index + 2).getCell(column + 1).value = value)));
  const identifier = (n: number) => `MX-STPS-${stamp}-${n}`;
  const numbers = Array.from({ length: PROGRAMS }, (_, index) => index + 1);
  // The columns in the template's order: identifier, agreement, title, type, status, summary, objectives, language, topics, …
  put(
    "Programs",
    numbers.map((n) => [identifier(n), "USMCA", `Labour inspection in state ${n}`, "TECHNICAL_COOPERATION — Technical cooperation", "IMPLEMENTATION", "Training of inspectors.", "", "en", "LABOUR_INSPECTION", "MX", "", "", "1/15/2025", "12/31/2026", "", "", "USD", "", "", "", `Inspection ${n}`]),
  );
  // One program without a title: refused, and said against its cell.
  sheet("Programs").getRow(PROGRAMS + 2).getCell(1).value = identifier(PROGRAMS + 1);
  sheet("Programs").getRow(PROGRAMS + 2).getCell(2).value = "USMCA";
  put("Participants", numbers.map((n) => [identifier(n), "XM-DAC-41302", "IMPLEMENTER"]));
  put("Budgets", numbers.map((n) => [identifier(n), "ORIGINAL", "COMMITTED", "1/1/2025", "12/31/2025", "1,250,000.50", "USD"]));
  put("Transactions", numbers.flatMap((n) => [[identifier(n), "COMMITMENT", "1/20/2025", "1,250,000.50", "USD"], [identifier(n), "DISBURSEMENT", "3/1/2025", 400000, "USD"]]));
  put("Indicators", numbers.map((n) => [identifier(n), "Inspectors trained", "", "OUTPUT", "UNIT", 2024, 0]));
  put("Reporting periods", numbers.map((n) => [identifier(n), "Inspectors trained", "1/1/2025", "12/31/2025", 40, 12]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

test("a ministry imports 500 programs from the template, previewed program by program, and writes only those left ticked", async ({ page }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  await page.goto("/programs");
  await page.getByRole("link", { name: "Import from a spreadsheet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import programs from a spreadsheet" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the template (Excel, in this language)" }).click();
  const template = await (await download).path();
  expect(fs.statSync(template).size).toBeGreaterThan(0);

  await page.getByLabel("Spreadsheet", { exact: true }).setInputFiles({ name: "programs.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await fillTemplate(template, stamp) });
  await page.getByRole("button", { name: "Check the file" }).click();
  // The file is read in the background; the page shows how far it has got, then the preview.
  await expect(page.getByRole("heading", { name: "Preview of programs.xlsx" })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole("status").filter({ hasText: `${PROGRAMS + 1} programs: ${PROGRAMS} new, 0 to update, 0 unchanged, 1 refused.` })).toBeVisible();
  // The preview is shown 200 programs at a time; the refused one is on the last page.
  await expect(page.getByText(`Programs 1–200 of ${PROGRAMS + 1}`)).toBeVisible();
  const table = page.getByRole("table", { name: "The spreadsheet's programs and what importing each would do" });
  // Each page is waited for before the next click: a click on the page still shown would ask for it again.
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByText(`Programs 201–400 of ${PROGRAMS + 1}`)).toBeVisible();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByText(`Programs 401–${PROGRAMS + 1} of ${PROGRAMS + 1}`)).toBeVisible();
  const refused = table.getByRole("row", { name: new RegExp(`MX-STPS-${stamp}-${PROGRAMS + 1}\\b`) });
  await expect(refused).toContainText(`Programs!C${PROGRAMS + 2}`);
  await expect(refused).toContainText("This cell is required: fill it in.");
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page.getByText(`Programs 201–400 of ${PROGRAMS + 1}`)).toBeVisible();
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page.getByText(`Programs 1–200 of ${PROGRAMS + 1}`)).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(`MX-STPS-${stamp}-1\\b`) })).toContainText("2 transactions, 1 budget, 1 indicator (1 period), 0 documents, 1 participant");

  // Two programs are left out: all the others are imported, whichever page they are on.
  await expect(page.getByRole("radio", { name: /^All 500 programs of the file that can be imported, but those unticked on this page/ })).toBeChecked();
  await table.getByRole("checkbox", { name: `Import MX-STPS-${stamp}-1`, exact: true }).uncheck();
  await table.getByRole("checkbox", { name: `Import MX-STPS-${stamp}-2`, exact: true }).uncheck();
  await page.getByRole("button", { name: "Import the chosen programs" }).click();
  await expect(page.getByRole("heading", { name: "Imported" })).toBeVisible({ timeout: 180_000 });
  await expect(page.getByRole("status").filter({ hasText: `${PROGRAMS - 2} programs created, none updated, none not written.` })).toBeVisible();

  // The programs left out are not among those written.
  await expect(page.getByRole("link", { name: "Labour inspection in state 1", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Labour inspection in state 2", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Labour inspection in state 3", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Labour inspection in state 3" })).toBeVisible();
});
