import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test.use({ storageState: storageStateOf("govMx") });

test("a ministry filters the dashboard and downloads the filtered transactions as XLSX", async ({ page }) => {
  await page.goto("/dashboard");
  const filters = page.getByRole("form", { name: "Filter the dashboard" });
  await filters.getByLabel("Agreement").selectOption({ label: "USMCA" });
  await filters.getByLabel("Program type").selectOption("FINANCIAL_ASSISTANCE");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/agreement=[^&]+.*type=FINANCIAL_ASSISTANCE/);
  await expect(page.getByRole("heading", { level: 3, name: "By program type, in USD" })).toBeVisible();
  // Only financial assistance is left in the money table.
  const money = page.getByRole("table", { name: "By program type, in USD" });
  await expect(money.getByRole("row")).toHaveCount(2);
  await expect(money.getByRole("rowheader", { name: "Financial assistance" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download XLSX (Transactions)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^transactions-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBeGreaterThan(1);
  // The API answers the same filtered programs: every exported row belongs to one of them.
  const query = new URL(page.url()).searchParams;
  const programs = await (await page.request.get(`/api/v1/programs?agreement=${query.get("agreement")}&type=FINANCIAL_ASSISTANCE&limit=100`)).json();
  const identifiers = new Set((programs.data as { identifier: string }[]).map((program) => program.identifier));
  const header = (sheet.getRow(1).values as string[]).map(String);
  const column = header.findIndex((name) => /identifier/i.test(name));
  expect(column).toBeGreaterThan(0);
  for (let row = 2; row <= sheet.rowCount; row += 1) expect(identifiers.has(String(sheet.getRow(row).getCell(column).value))).toBe(true);

  // The figure for money without monitoring leads to exactly that many programs.
  const figures = page.getByRole("list", { name: "Key figures" });
  const count = Number(await figures.getByRole("listitem").filter({ hasText: "funded programs without monitoring" }).locator(".figure-value").textContent());
  await figures.getByRole("link", { name: "funded programs without monitoring" }).click();
  await expect(page).toHaveURL(/\/programs\?.*health=moneyWithoutMonitoring/);
  await expect(page.getByRole("status").filter({ hasText: /match/ })).toContainText(count === 1 ? "1 program matches." : count === 0 ? "No programs match." : `${count} programs match.`);
});
