import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test.use({ storageState: storageStateOf("govMx") });

test("a ministry records a disbursement and reports an actual against a target", async ({ page, baseURL }) => {
  const stamp = Date.now();
  // The program, its indicator and a period to report on are set up through the API, as the ministry
  // (with its session: a write made with the cookie must say it comes from the app's own origin).
  const headers = { origin: baseURL! };
  const agreements = await (await page.request.get("/api/v1/agreements?q=USMCA")).json();
  const agreementId = agreements.data[0].id as string;
  const program = await page.request.post("/api/v1/programs", {
    headers,
    data: { agreementId, identifier: `MX-STPS-FUND-${stamp}`, title: `Inspection fund ${stamp}`, type: "TECHNICAL_COOPERATION", expertiseArea: "Labour inspection", currencyCode: "USD" },
  });
  expect(program.status()).toBe(201);
  const programId = (await program.json()).data.id as string;
  const indicator = await page.request.post(`/api/v1/programs/${programId}/indicators`, {
    headers,
    data: { title: "Workplaces inspected", level: "OUTPUT", measure: "UNIT", ascending: true, baseline: "200", baselineYear: 2024 },
  });
  expect(indicator.status()).toBe(201);
  const indicatorId = (await indicator.json()).data.id as string;
  const period = await page.request.post(`/api/v1/programs/${programId}/indicators/${indicatorId}/periods`, {
    headers,
    data: { periodStart: "2025-01-01", periodEnd: "2025-12-31", target: "600" },
  });
  expect(period.status()).toBe(201);

  // Money: a disbursement, refused first for a future date, then recorded.
  await page.goto(`/programs/${programId}?tab=funding`);
  const form = page.getByRole("form", { name: "Record a transaction" });
  await form.getByLabel("Transaction type").selectOption({ label: "Disbursement" });
  await form.getByLabel("Date").fill("2099-01-01");
  await form.getByLabel("Amount").fill("125000.50");
  await form.getByLabel("Currency").selectOption("USD");
  await form.getByRole("button", { name: "Record a transaction" }).click();
  await expect(page.getByText("Only a commitment can be dated in the future").first()).toBeVisible();
  await expect(page.getByRole("form", { name: "Record a transaction" }).getByLabel("Amount")).toHaveValue("125000.50");
  await page.getByRole("form", { name: "Record a transaction" }).getByLabel("Date").fill("2025-03-31");
  await page.getByRole("form", { name: "Record a transaction" }).getByRole("button", { name: "Record a transaction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Transaction recorded." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Totals per type and currency" }).getByRole("row", { name: "Disbursement USD 125,000.50 USD" })).toBeVisible();

  // More transactions from a spreadsheet: checked row by row first, then only the rows ticked imported.
  await page.getByRole("link", { name: "Import transactions from a CSV or Excel file" }).click();
  await page.getByLabel("CSV file").setInputFiles({
    name: "tranches.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("type,date,amount,currency\nDISBURSEMENT,2025-06-30,74999.50,USD\nDISBURSEMENT,2025-07-31,N/A,USD\nDISBURSEMENT,2025-08-31,1000,USD\n"),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 valid, 0 with warnings, 1 with errors." })).toBeVisible();
  await expect(page.getByRole("row", { name: /^3 Error/ })).toContainText("amount:");
  // Each valid row has its checkbox, ticked; the refused row has none.
  await expect(page.getByRole("checkbox", { name: "Import row 2" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Import row 4" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Import row 3" })).toHaveCount(0);
  await page.getByRole("button", { name: "Select none" }).click();
  await expect(page.getByText("No row ticked of 3.")).toBeVisible();
  await page.getByRole("button", { name: "Select all" }).click();
  await expect(page.getByText("2 rows ticked of 3.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Import row 4" }).uncheck();
  expect(await page.request.get(`/api/v1/programs/${programId}/transactions`).then((response) => response.json()).then((body) => body.data.length)).toBe(1);
  await page.getByRole("button", { name: "Import the ticked row" }).click();
  await expect(page.getByText("1 transaction was imported. 2 rows of the file were left out.")).toBeVisible();
  await page.getByRole("link", { name: "Back to the program's funding" }).click();
  await expect(page.getByRole("table", { name: "Totals per type and currency" }).getByRole("row", { name: "Disbursement USD 200,000.00 USD" })).toBeVisible();

  // Converted only on request, and never without a rate: with none for USD to MXN, the tab says so.
  await page.getByLabel("Convert the totals to").selectOption("MXN");
  await page.getByLabel("Using rates valid on").fill("2026-01-31");
  await page.getByRole("button", { name: "Convert" }).click();
  await expect(page).toHaveURL(/convert=MXN/);
  await expect(page.getByRole("table", { name: "Total in MXN" })).toContainText("No rate from USD to MXN on or before 2026-01-31: not converted.");

  // Monitoring: the actual against the target, and the progress it makes from the baseline.
  await page.goto(`/programs/${programId}?tab=monitoring`);
  await page.getByText("Report the actual for January 1, 2025 – December 31, 2025").click();
  const report = page.getByRole("form", { name: "Report the actual for January 1, 2025 – December 31, 2025" });
  await report.getByLabel("Actual").fill("N/A");
  await report.getByRole("button", { name: "Save report" }).click();
  await expect(page.getByText("Enter a number such as 42 or 12.5").first()).toBeVisible();
  // The refused report stays open, with what was typed.
  await expect(report.getByLabel("Actual")).toHaveValue("N/A");
  const retry = page.getByRole("form", { name: "Report the actual for January 1, 2025 – December 31, 2025" });
  await retry.getByLabel("Actual").fill("400");
  await retry.getByRole("button", { name: "Save report" }).click();
  // Once reported, the period shows its actual and progress, and asks for no report any more.
  const periods = page.getByRole("table", { name: "Reporting periods of Workplaces inspected" });
  await expect(periods.getByRole("row", { name: /600 400 50\.0%/ })).toBeVisible();
  await expect(page.getByText("Report the actual for January 1, 2025 – December 31, 2025")).toHaveCount(0);

  // The program has indicators, but more was disbursed than was ever committed, and the health box says so.
  const health = page.getByRole("region", { name: "Monitoring health" });
  await expect(health.getByRole("link", { name: "More disbursed than committed" })).toBeVisible();
  await expect(health.getByRole("link", { name: "Funded, but no indicators" })).toHaveCount(0);
});
