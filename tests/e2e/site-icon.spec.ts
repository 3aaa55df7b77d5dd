import { expect, test } from "@playwright/test";

// Browsers ask for /favicon.ico on every page, and for the icon the head names: both answer.
test("the site's icon answers at /favicon.ico and at the link in the head", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);

  await page.goto("/programs");
  const links = await page.locator("head link[rel~='icon']").evaluateAll((found) => found.map((link) => (link as HTMLLinkElement).href));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
});
