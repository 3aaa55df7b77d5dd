import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test("a ministry logs a public exchange and an anonymous visitor finds it in the log", async ({ browser }) => {
  const stamp = Date.now();
  const ministry = await browser.newContext({ storageState: storageStateOf("govMx") });
  const visitor = await browser.newContext();
  try {
    const gov = await ministry.newPage();
    await gov.goto("/exchanges/new");
    const form = gov.getByRole("form", { name: "Log an information exchange" });
    await form.getByLabel("Agreement").selectOption({ label: "USMCA — Agreement between the United States of America, the United Mexican States, and Canada" });
    await expect(form.getByLabel("From (the country that shared the information)")).toHaveValue("MX");
    await form.getByLabel("To", { exact: true }).selectOption("MX");
    await form.getByLabel("Kind").selectOption("LEGISLATION_UPDATE");
    await form.getByLabel("Date", { exact: true }).fill("2026-09-15");
    await form.getByLabel("Title", { exact: true }).fill(`Reform of the federal labour inspection rules ${stamp}`);
    await form.getByLabel("Public: anyone may read this exchange").check();
    await form.getByRole("button", { name: "Log the exchange" }).click();
    // Sending information to one's own country is refused on the field, and the input is kept.
    await expect(gov.getByText("The receiving country must differ from the sending one.", { exact: false }).first()).toBeVisible();
    const again = gov.getByRole("form", { name: "Log an information exchange" });
    await expect(again.getByLabel("Title", { exact: true })).toHaveValue(`Reform of the federal labour inspection rules ${stamp}`);
    await again.getByLabel("To", { exact: true }).selectOption({ label: "All parties" });
    await again.getByLabel("Public: anyone may read this exchange").check();
    await again.getByRole("button", { name: "Log the exchange" }).click();
    await expect(gov.getByRole("heading", { level: 1, name: `Reform of the federal labour inspection rules ${stamp}` })).toBeVisible();

    const page = await visitor.newPage();
    await page.goto("/exchanges");
    await page.getByLabel("Search title and summary").fill(`${stamp}`);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByRole("link", { name: `Reform of the federal labour inspection rules ${stamp}` }).click();
    await expect(page.getByText("All parties")).toBeVisible();
  } finally {
    await ministry.close();
    await visitor.close();
  }
});
