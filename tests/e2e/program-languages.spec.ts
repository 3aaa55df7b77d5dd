// A program in the reader's language: a demo program's translation for a Spanish reader, and for a
// reader whose language a program lacks, its original with a note of the language it is written in.
import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

/** A signed-out browser whose language is `locale`. */
async function readerIn(browser: Browser, locale: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale });
  return context.newPage();
}

test("a Spanish reader finds and reads a demo program in Spanish", async ({ browser }) => {
  const spanish = "Fortalecimiento de la inspección del trabajo en las exportaciones agrícolas de Guatemala";
  const reader = await readerIn(browser, "es-MX");
  // Found by a word of its Spanish title, typed without its accents.
  await reader.goto(`/programs?q=${encodeURIComponent("agricolas Guatemala")}`);
  await reader.getByRole("link", { name: spanish }).click();
  await expect(reader.getByRole("heading", { level: 1, name: spanish })).toBeVisible();
  await expect(reader.locator("h1")).toHaveAttribute("lang", "es");
  await expect(reader.locator(".language-note")).toHaveCount(0);
});

test("a program written in Spanish is shown in the original, with a note, to a reader whose language it lacks", async ({ browser }) => {
  const stamp = Date.now();
  const title = `Inspección del trabajo en la maquila ${stamp}`;
  const context = await browser.newContext({ storageState: storageStateOf("govMx") });
  const ministry = await context.newPage();
  await ministry.goto("/programs/new");
  await ministry.getByLabel("Agreement").selectOption({ label: "USMCA — Agreement between the United States of America, the United Mexican States, and Canada" });
  await ministry.getByLabel("Identifier").fill(`MX-STPS-LANG-${stamp}`);
  await ministry.getByLabel("Title").fill(title);
  await ministry.getByLabel("Type").selectOption({ label: "Technical cooperation" });
  await ministry.getByLabel("Area of expertise").fill("Inspección del trabajo");
  await ministry.getByLabel("Language of the original").selectOption({ label: "Spanish (es)" });
  await ministry.getByLabel("Language of the new translation").selectOption({ label: "English (en)" });
  await ministry.getByLabel("Title in English (en)").fill(`Labour inspection in export assembly plants ${stamp}`);
  await ministry.getByLabel("Visibility").selectOption({ label: "Published" });
  await ministry.getByRole("button", { name: "Register program" }).click();
  await expect(ministry.getByRole("heading", { level: 1, name: `Labour inspection in export assembly plants ${stamp}` })).toBeVisible();
  const url = ministry.url();

  const french = await readerIn(browser, "fr-FR");
  await french.goto(url);
  await expect(french.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(french.locator("h1")).toHaveAttribute("lang", "es");
  await expect(french.locator(".language-note").first()).toHaveText("(rédigé en espagnol)");
});
