import zlib from "node:zlib";
import { expect, test, type Page } from "@playwright/test";

// The public pages are read on phones over slow networks: each loads less than 150 KB of
// JavaScript, compressed. Counted in the browser, anonymous: every script response the page loads,
// up to when the network is quiet, gzipped here (the same figure whatever compresses it in front
// of the app). The figures are printed, page by page, largest script first.
const BUDGET_KB = 150;

test.describe.configure({ mode: "parallel" });

async function scriptWeight(page: Page, path: string) {
  const scripts: Promise<{ url: string; kb: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, kb: zlib.gzipSync(body).length / 1024 })));
  });
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  const loaded = (await Promise.all(scripts)).sort((a, b) => b.kb - a.kb);
  const total = loaded.reduce((sum, script) => sum + script.kb, 0);
  process.stdout.write(`${path}: ${total.toFixed(1)} KB of JavaScript (gzip) in ${loaded.length} scripts\n${loaded.map((script) => `  ${script.kb.toFixed(1).padStart(6)} KB  ${script.url}\n`).join("")}`);
  return total;
}

async function aPublishedProgram(page: Page) {
  await page.goto("/programs");
  const href = await page.locator("main a[href^='/programs/']").first().getAttribute("href");
  expect(href, "the demo register lists a published program").toBeTruthy();
  return href!;
}

for (const path of ["/", "/programs", "/dashboard", "/evidence"]) {
  test(`${path} loads less than ${BUDGET_KB} KB of compressed JavaScript`, async ({ page }) => {
    expect(await scriptWeight(page, path)).toBeLessThan(BUDGET_KB);
  });
}

test(`a published program's page loads less than ${BUDGET_KB} KB of compressed JavaScript`, async ({ page }) => {
  // Every client module the page imports is loaded, rendered or not: the editors' forms are, so
  // they take their words from the server and none of them may bring next-intl's client library.
  expect(await scriptWeight(page, await aPublishedProgram(page))).toBeLessThan(BUDGET_KB);
});
